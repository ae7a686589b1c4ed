# Sourced by the bench scripts that talk to a running local platform (./platform up): its addresses and a token of
# a test user of the realm (the password is the user name, as the README's table of test users says).
MEMBER=http://127.0.0.1:8081
PILLAR=http://127.0.0.1:8082
FINANCE=http://127.0.0.1:8083
EVENTS=http://127.0.0.1:8084
ISSUER=http://127.0.0.1:8180/realms/municipal-networks

token() {
  curl -sf -d grant_type=password -d client_id=web-portal -d "username=$1" -d "password=$1" \
    "$ISSUER/protocol/openid-connect/token" | jq -r .access_token
}
