#!/usr/bin/env bash
# docker/engine.sh must remove exactly what its engine made on the host and
# nothing else: an earlier clean-up deleted every nft table and br-*/veth*
# link missing from a snapshot kept across runs, including another engine's,
# which then failed with "unable to add return rule in
# DOCKER-ISOLATION-STAGE-1 chain". Run against fake nft, ip, iptables,
# dockerd and docker commands that keep the host's state in files.
source "$(dirname "$0")/lib.sh"
fake=$TMP/bin
mkdir -p "$fake" "$TMP/host"
export HOST=$TMP/host
cat >"$fake/nft" <<'FAKE'
#!/bin/bash
# tables: one file per table in $HOST/tables, named "family name".
case "$1 $2" in
"list tables") for f in "$HOST"/tables/*; do [ -e "$f" ] && echo "table ${f##*/}"; done ;;
"list table") cat "$HOST/tables/$3 $4" ;;
"delete table") rm "$HOST/tables/$3 $4" && echo "nft delete $3 $4" >>"$HOST/log" ;;
*) exit 1 ;;
esac
FAKE
cat >"$fake/ip" <<'FAKE'
#!/bin/bash
# links: one file per link in $HOST/links.
case "$1 $2" in
"link show") [ -e "$HOST/links/$3" ] ;;
"link add") touch "$HOST/links/$3" ;;
"link delete") rm "$HOST/links/$3" && echo "ip delete $3" >>"$HOST/log" ;;
"addr add" | "link set") ;;
*) exit 1 ;;
esac
FAKE
cat >"$fake/iptables" <<'FAKE'
#!/bin/bash
cat "$HOST/iptables-S" 2>/dev/null
FAKE
# dockerd: in bridge mode adds Docker's tables and a network's bridge.
cat >"$fake/dockerd" <<'FAKE'
#!/bin/bash
if [[ " $* " != *" --iptables=false "* ]]; then
	printf 'table ip filter {\n\tchain DOCKER {\n\t}\n}\n' >"$HOST/tables/ip filter"
	printf 'table ip nat {\n\tchain DOCKER {\n\t}\n}\n' >"$HOST/tables/ip nat"
	touch "$HOST/links/br-0123456789ab"
	echo 1 >"$HOST/ip_forward"
fi
echo "dockerd $*" >>"$HOST/log"
touch "$HOST/ready" # what the fake client's "version" waits for
exec sleep 60
FAKE
cat >"$fake/docker" <<'FAKE'
#!/bin/bash
case "$1 $2" in
"version "*) [ -f "$HOST/ready" ] ;;
"network create") [ ! -f "$HOST/network-fails" ] ;;
"network rm") exit 0 ;;
"network ls") echo 0123456789abcdef0123456789abcdef ;;
*) exit 1 ;;
esac
FAKE
chmod +x "$fake"/*
export PATH=$fake:$PATH DOCKER_TEST_STATE=$TMP/state ENGINE_IP_FORWARD_FILE=$HOST/ip_forward

# host_state: tables and links, one per line, sorted.
host_state() {
	(cd "$HOST" && ls tables links | sort)
}
# fresh_host: a firewall's table and another engine's bridges already there.
fresh_host() {
	rm -rf "${HOST:?}"/*
	mkdir -p "$HOST/tables" "$HOST/links"
	printf 'table inet firewall {\n}\n' >"$HOST/tables/inet firewall"
	touch "$HOST/links/docker0" "$HOST/links/br-ffffffffffff" "$HOST/links/eth0"
	echo 0 >"$HOST/ip_forward"
}
run_engine() {
	(
		source "$ROOT/docker/engine.sh"
		DOCKER=docker
		ENGINE_RUN_DIR=$TMP/run
		mkdir -p "$ENGINE_RUN_DIR/logs" "$ENGINE_STATE"
		export DOCKER_HOST=unix://$TMP/run/docker.sock
		engine_start bridge
		echo "mode=$ENGINE_MODE"
		engine_stop
	)
}

# 1. Bridge mode on a host with a firewall and another engine's bridges:
#    only our bridge, our network's bridge and the tables our engine made go.
fresh_host
before=$(host_state)
out=$(run_engine) || fail "engine start/stop failed: $out"
grep -q 'mode=bridge' <<<"$out" || fail "not bridge mode: $out"
after=$(host_state)
[[ $before == "$after" ]] || fail "host state differs after the run:
before: $before
after:  $after"
[[ $(cat "$HOST/ip_forward") == 0 ]] || fail "ip_forward not restored"
grep -q 'ip delete rdt0' "$HOST/log" && grep -q 'ip delete br-0123456789ab' "$HOST/log" ||
	fail "our bridges were not removed: $(cat "$HOST/log")"
echo "ok: bridge mode removes exactly what it made"

# 2. Another engine's chains are on the host: no iptables engine at all.
fresh_host
printf -- '-N DOCKER\n' >"$HOST/iptables-S"
before=$(host_state)
out=$(run_engine) || fail "engine start/stop failed: $out"
grep -q 'mode=host' <<<"$out" || fail "used bridge mode beside another engine: $out"
grep -q -- '--iptables=false' "$HOST/log" || fail "dockerd not started without iptables"
[[ $before == "$(host_state)" ]] || fail "host state changed in host mode"
grep -q 'delete' "$HOST/log" && fail "deleted something in host mode: $(cat "$HOST/log")"
echo "ok: beside another engine, host networking and nothing touched"

# 3. The engine cannot make a network: falls back to host mode, says so,
#    and leaves the host as it was.
fresh_host
touch "$HOST/network-fails"
before=$(host_state)
out=$(run_engine) || fail "engine start/stop failed: $out"
grep -q 'falling back' <<<"$out" && grep -q 'mode=host' <<<"$out" || fail "no fallback: $out"
[[ $before == "$(host_state)" ]] || fail "host state changed after the fallback:
$before
---
$(host_state)"
echo "ok: a broken bridge falls back to host networking and cleans up"
