# sign_in_demo_secretary BASE COOKIE_JAR: signs in as the demo secretary (the sign-in form's CSRF token, then the
# credentials), retrying for a minute while the product creates its demo users; the session is left in COOKIE_JAR.
sign_in_demo_secretary() {
  local base=$1 jar=$2 csrf code=
  for _ in $(seq 1 60); do
    csrf=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "csrf=$csrf" \
      -d username=secretary -d password=plv-demo-secretary "$base/sign-in")
    [ "$code" = 302 ] && return 0
    sleep 1   # the demo users are created while the product starts
  done
  echo "Could not sign in as the demo secretary (HTTP $code)" >&2
  exit 2
}
