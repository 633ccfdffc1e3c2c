#!/usr/bin/env bash
# Regenerates src/test/java/org/bonemet/generated/InvalidInputTest.java from openapi/openapi.json with Tcases:
# every kind of invalid parameter and body for every operation. Only the failure cases are kept (valid inputs
# are covered by the hand-written tests); each must get a 4xx answer in application/problem+json, never a 500.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
./mvnw -B -q org.cornutum.tcases:tcases-maven-plugin:4.1.0:api-test -DinputDir=openapi -Dinclude=openapi.json \
  -DtestType=junit -DexecType=restassured -DoutDir="$out" -DtestPackage=org.bonemet.generated -DtestName=InvalidInputTest
mkdir -p src/test/java/org/bonemet/generated
python3 openapi/keep-failure-cases.py "$out/InvalidInputTest.java" src/test/java/org/bonemet/generated/InvalidInputTest.java openapi/openapi.json
