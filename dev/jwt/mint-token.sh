#!/usr/bin/env bash
# Prints a bearer token signed with the DEVELOPMENT key pair of this directory, for local use only:
#   dev/jwt/mint-token.sh <user> <role>[,<role>...] [minutes, default 60]
#   curl -H "Authorization: Bearer $(dev/jwt/mint-token.sh alice editor)" ...
# Roles: editor, reviewer, admin. The dev and test profiles trust publicKey.pem; production refuses to start
# with it (DevelopmentKeyGuard) and takes its public key from MP_JWT_VERIFY_PUBLICKEY(_LOCATION).
set -euo pipefail
user=${1:?usage: mint-token.sh <user> <role>[,<role>...] [minutes]}
roles=${2:?usage: mint-token.sh <user> <role>[,<role>...] [minutes]}
minutes=${3:-60}
dir=$(cd "$(dirname "$0")" && pwd)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups=$(printf '%s' "$roles" | awk -F, '{for (i = 1; i <= NF; i++) printf "%s\"%s\"", (i > 1 ? "," : ""), $i}')
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"https://bonemet.example/dev","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d}' \
  "$user" "$user" "$groups" "$now" $((now + minutes * 60)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$dir/privateKey.pem" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
