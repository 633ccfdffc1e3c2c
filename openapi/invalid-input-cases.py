"""Turns the JUnit class Tcases generates from openapi.json into the invalid-input cases the test reads.

Usage: invalid-input-cases.py GENERATED.java openapi.json CASES.json
       invalid-input-cases.py --merge OBSERVED.json CASES.json   (records the observed answers of cases without one)

Only the failure cases are kept (valid inputs are covered by the hand-written tests). Each case keeps the answer
recorded for it before (by name); new cases have none until recorded (see src/test/resources/invalid-input/README.md).
"""
import json
import re
import sys



def write(target, cases):
    with open(target, 'w') as out:
        out.write('{"generated": "openapi/generate-invalid-input-tests.sh from openapi/openapi.json (Tcases): see README.md here",\n'
                  ' "cases": [\n' + ',\n'.join('  ' + json.dumps(c, ensure_ascii=False) for c in cases) + '\n ]}\n')


if sys.argv[1] == '--merge':
    observed, target = json.load(open(sys.argv[2])), sys.argv[3]
    cases = json.load(open(target))['cases']
    for c in cases:
        if 'expect' not in c and c['name'] in observed:
            c['expect'] = observed[c['name']]
    write(target, cases)
    print(f"{sum(1 for c in cases if 'expect' not in c)} cases still without a recorded answer")
    sys.exit(0)

source, openapi, target = sys.argv[1:4]
paths = set(json.load(open(openapi))['paths'])
STR = r'"((?:\\.|[^"\\])*)"'
VALUE = r'(?:encoded\( )?(?:\(String\) null|' + STR + r')\)?'
ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', '0': '\0'}


def lit(text):
    """The value of a Java string literal's body."""
    out, i = [], 0
    while i < len(text):
        if text[i] == '\\':
            if text[i + 1] == 'u':
                out.append(chr(int(text[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append(ESCAPES.get(text[i + 1], text[i + 1]))
            i += 2
            continue
        out.append(text[i])
        i += 1
    return ''.join(out)


def case(name, body):
    c = {'name': name}
    c['method'], c['path'] = re.search(r'\.request\( "(\w+)", "([^"]*)"\)', body).groups()
    c['why'] = re.search(r'// (.*)\n', body).group(1)
    path_params = {lit(n): lit(v) for n, v in re.findall(r'\.pathParam\( ' + STR + r', (?:encoded\( )?' + STR + r'\)?\)', body)}
    # RestAssured reads braces in path parameter values as templates of its own (rest-assured#1713, #739): such
    # requests are sent with its URL encoding off and their parameters encoded by the test as RestAssured would.
    if path_params:
        c['raw'] = True
        c['pathParams'] = path_params
    query = [[lit(m.group(1)), None if m.group(2) is None else lit(m.group(2))]
             for m in re.finditer(r'\.queryParam\( (?:encoded\( )?' + STR + r'\)?, ' + VALUE + r'\)', body)]
    headers = [[lit(m.group(1)), 'Bearer ' if m.group(2) is None else lit(m.group(2))]
               for m in re.finditer(r'\.header\( ' + STR + r', (?:tcasesApiBearerCredentials\(\)|' + STR + r')\)', body)]
    content_type = re.search(r'\.contentType\( ' + STR + r'\)', body)
    request_body = re.search(r'\.request\(\)\.body\( ' + STR + r'\)', body)
    form = [[lit(a), lit(b)] for a, b in re.findall(r'\.formParam\( (?:encoded\( )?' + STR + r'\)?, (?:encoded\( )?' + STR + r'\)?\)', body)]
    for key, value in (('query', query), ('headers', headers), ('form', form)):
        if value:
            c[key] = value
    if content_type:
        c['contentType'] = lit(content_type.group(1))
    if request_body:
        c['body'] = lit(request_body.group(1))
    understood = len(path_params) + len(query) + len(headers) + len(form) + bool(content_type) + bool(request_body)
    calls = len(re.findall(r'\.(pathParam|queryParam|header|contentType|formParam)\(|\.request\(\)\.body\(', body))
    assert understood == calls, f'{name}: {calls - understood} request settings not understood'
    return c


def other_path(c):
    """A path parameter has no "null": Tcases sends it empty. As the last segment that makes it a request to
    another operation of the API (GET /sites/{slug} with slug "" is GET /sites/, the list), which tests that
    operation, not invalid input, so such a case is dropped."""
    for name, value in c.get('pathParams', {}).items():
        prefix = c['path'][:-len(name) - 3]
        if value == '' and c['path'].endswith('/{' + name + '}') and prefix in paths:
            return prefix + '/'
    return None


generated = re.findall(r'    @Test\n    public void (\w+)\(\) \{(.*?)\n    \}\n', open(source).read(), re.S)
cases = [case(name, body) for name, body in generated if 'isBadRequest()' in body]
for c in cases:
    if other_path(c):
        print(f"dropped {c['name']}: its empty path parameter makes the request one to {other_path(c)}")
cases = [c for c in cases if not other_path(c)]
try:
    known = {c['name']: c.get('expect') for c in json.load(open(target))['cases']}
except FileNotFoundError:
    known = {}
for c in cases:
    if known.get(c['name']):
        c['expect'] = known[c['name']]
write(target, cases)
missing = sum(1 for c in cases if 'expect' not in c)
print(f"kept {len(cases)} failure cases of {len(generated)}; {missing} without a recorded answer")
