#!/usr/bin/env bash
# Prints a CDS Hooks client token signed with the DEVELOPMENT key of this directory, for local use only:
#   dev/cds/mint-token.sh http://localhost:8080/cds-services/bonemet-patient-view
# RS384, issuer https://ehr.example/dev, aud the service URL, a fresh jti, expiry in 5 minutes (the most the
# service accepts). The dev profile trusts jwks.json; production refuses to start with it (DevelopmentKeyGuard).
set -euo pipefail
aud=${1:?usage: mint-token.sh <service-url>}
dir=$(cd "$(dirname "$0")" && pwd)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS384","typ":"JWT","kid":"dev-ehr"}' | b64url)
payload=$(printf '{"iss":"https://ehr.example/dev","sub":"dev-ehr","aud":"%s","iat":%d,"exp":%d,"jti":"%s"}' \
  "$aud" "$now" $((now + 300)) "$(openssl rand -hex 16)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha384 -sign "$dir/privateKey.pem" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
