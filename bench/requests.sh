# Lua scripts for wrk that send a request never sent before in the run, sourced by perf.sh, startup.sh and
# search-scale.sh.
# Each writes its script under $WORK and prints its path. wrk passes two script arguments: the first request number
# and the number of threads; each thread takes every other number, so threads and runs never repeat one another.
wrk_failures() { # wrk's output -> the requests that failed: socket errors and answers other than 2xx or 3xx
  awk '/Non-2xx or 3xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$1"
}
numbered() { # the Lua preamble: k(), a number no other request of this run has had
  printf 'local threads = 0\nfunction setup(thread) thread:set("id", threads); threads = threads + 1 end\nlocal n, base, step = 0, 0, 2\nfunction init(args) base = tonumber(args[1] or 0); step = tonumber(args[2] or 2) end\nlocal function k() n = n + 1; return base + (n - 1) * step + id end\n'
}
new_search_script() { # every request two words of the content, a pair not asked before (4,500 words: 20 million pairs)
  local file="$WORK/search.lua"
  python3 - "$WORK/words.txt" <<'PY'
import glob, re, sys
words = set()
for name in glob.glob('src/main/resources/content/**/*.yaml', recursive=True):
    words.update(w.lower() for w in re.findall(r'[^\W\d_]{4,}', open(name, encoding='utf-8').read()))
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(sorted(words)) + '\n')
PY
  { numbered; printf 'local words = {}\nfor line in io.lines("%s") do words[#words + 1] = line end\nlocal function esc(s) return (s:gsub("[^%%w]", function(c) return string.format("%%%%%%02X", string.byte(c)) end)) end\nrequest = function()\n  local i = k()\n  local a = words[i %% #words + 1]\n  local b = words[(math.floor(i / #words) * 7919 + i) %% #words + 1]\n  return wrk.format(nil, "/api/v1/search?q=" .. esc(a) .. "+" .. esc(b))\nend\n' "$WORK/words.txt"; } >"$file"
  echo "$file"
}
new_prefix_script() { # every request a 2-4 letter prefix not asked before: all 475,228 of them, lengths mixed
  local file="$WORK/suggest.lua"
  { numbered; printf 'local letters = "abcdefghijklmnopqrstuvwxyz"\nrequest = function()\n  local i = (k() * 7919) %% 475228\n  local length = 4\n  if i < 676 then length = 2 elseif i < 18252 then length = 3; i = i - 676 else i = i - 18252 end\n  local prefix = ""\n  for _ = 1, length do local c = i %% 26 + 1; prefix = prefix .. letters:sub(c, c); i = math.floor(i / 26) end\n  return wrk.format(nil, "/api/v1/suggest?q=" .. prefix)\nend\n'; } >"$file"
  echo "$file"
}
# a patient profile as clients send it, with scores to calculate: perf.sh's repeated evaluation, and the template of
# the new ones below
PROFILE='{"primaryCancer":"prostate-cancer","castrationResistant":true,"boneLesionCount":3,"lesions":[{"site":"thoracic-spine","lesionType":"blastic","pain":"mechanical"},{"site":"femur","lesionType":"mixed","pain":"functional"}],"visceralMetastases":"none","ecog":1,"neurology":{"deficit":"none","ambulatory":true},"creatinineClearance":45,"correctedCalcium":{"value":2.6,"unit":"mmol-l"},"dentalStatus":"healthy","expectedSurvivalMonths":12,"scoreInputs":{"mirels":{"site":"lower-limb","pain":"functional","lesion":"mixed","size":"one-third-to-two-thirds"},"sins":{"location":"semi-rigid","pain":"mechanical","lesion":"blastic","alignment":"normal","collapse":"none","posterolateral":"none"}}}'
distinct_script() { # every request a profile not seen before: the evaluation computed, not answered from memory
  local file="$WORK/distinct.lua"
  { numbered; printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nlocal template = [[%s]]\nrequest = function()\n  local i = k()\n  local body = string.gsub(template, [["creatinineClearance":45]], string.format([["creatinineClearance":%%d.%%03d,"ecog":%%d]], i %% 300, math.floor(i / 300) %% 1000, math.floor(i / 300000) %% 3))\n  return wrk.format(nil, nil, nil, body)\nend\n' "${PROFILE/\"ecog\":1,/}"; } >"$file"
  echo "$file"
}
