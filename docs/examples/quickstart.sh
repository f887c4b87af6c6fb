#!/usr/bin/env bash
# Signs up, signs in (the session cookie lands in a cookie jar), creates a
# personal access token, and calls the API with it — the first steps of
# docs/api.md, end to end. Needs bash and curl.
#
#   MENTORSPACE_URL=http://localhost:4000 bash docs/examples/quickstart.sh
set -euo pipefail

URL="${MENTORSPACE_URL:-http://localhost:4000}/graphql"
EMAIL="${EMAIL:-ana-$(date +%s)-$RANDOM@example.com}"
PASSWORD='a long and private sentence'
JAR="$(mktemp)"
trap 'rm -f "$JAR"' EXIT

# POSTs one operation; extra curl flags (cookies, headers) go first.
graphql() { curl -sS --fail-with-body -H 'content-type: application/json' "$@"; echo; }

echo "== Sign up as $EMAIL"
graphql -c "$JAR" "$URL" -d @- <<JSON
{ "query": "mutation(\$input: SignUpInput!) { signUp(input: \$input) { user { id displayName } userErrors { field code message } } }",
  "variables": { "input": { "email": "$EMAIL", "password": "$PASSWORD", "displayName": "Ana" } } }
JSON

echo "== Sign in (the cookie is renewed in the jar)"
graphql -b "$JAR" -c "$JAR" "$URL" -d @- <<JSON
{ "query": "mutation(\$input: SignInInput!) { signIn(input: \$input) { user { id } userErrors { code message } } }",
  "variables": { "input": { "email": "$EMAIL", "password": "$PASSWORD" } } }
JSON

echo "== Create a token that may read your profile and notifications"
answer="$(graphql -b "$JAR" "$URL" -d @- <<JSON
{ "query": "mutation(\$input: CreatePersonalAccessTokenInput!) { createPersonalAccessToken(input: \$input) { secret token { id scopes } userErrors { field code message } } }",
  "variables": { "input": { "name": "Quickstart", "scopes": ["PROFILE_READ"] } } }
JSON
)"
echo "$answer"
MENTORSPACE_TOKEN="$(printf '%s' "$answer" | grep -o '"secret":"[^"]*"' | cut -d'"' -f4)"

echo "== Call the API with the token (the answer says what the call cost)"
graphql -H "authorization: Bearer $MENTORSPACE_TOKEN" "$URL" -d '{ "query": "{ viewer { displayName email } }" }'

echo "export MENTORSPACE_TOKEN=$MENTORSPACE_TOKEN"
