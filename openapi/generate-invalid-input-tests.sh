#!/usr/bin/env bash
# Regenerates src/test/resources/invalid-input/cases.json from openapi/openapi.json with Tcases: every kind of
# invalid parameter and body for every operation. Only the failure cases are kept; each keeps the answer recorded
# for it. New cases are recorded with the second command, reviewed, and merged (see the README beside the cases).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
./mvnw -B -q org.cornutum.tcases:tcases-maven-plugin:4.1.0:api-test -DinputDir=openapi -Dinclude=openapi.json \
  -DtestType=junit -DexecType=restassured -DoutDir="$out" -DtestPackage=org.bonemet.generated -DtestName=InvalidInputTest
python3 openapi/invalid-input-cases.py "$out/InvalidInputTest.java" openapi/openapi.json src/test/resources/invalid-input/cases.json
echo "To record the answers of new cases: ./mvnw verify -Dtest=InvalidInputTest -Dinvalid-input.record=true, then"
echo "python3 openapi/invalid-input-cases.py --merge target/invalid-input-observed.json src/test/resources/invalid-input/cases.json after reviewing it."
