# A private Docker engine for the project's container tests (sourced by
# docker/test.sh and docker/fresh-test.sh; not a program of its own).
#
# No registry is reachable and no engine runs on these machines, so each
# test starts Debian's dockerd with its own socket, data root and exec root,
# makes debian:bookworm-slim itself with mmdebstrap, and stops the engine
# when it ends. The data root (images, build cache) stays in
# /var/cache/report-service-tests/docker/root, so a second run is fast.
#
# Two network modes:
#   bridge  dockerd with iptables, on a bridge that this file creates
#           (rdt0, 172.29.205.1/24, away from docker0 and 172.17/16), so
#           that the test can remove exactly what its engine made: that
#           bridge, the bridges of the networks it created (br-ID), and the
#           nft tables that appeared while it ran and hold Docker's chains.
#   host    dockerd with --iptables=false --ip-forward=false --ip-masq=false
#           --bridge=none: it changes nothing on the host, and containers
#           run with --network host.
# Earlier versions snapshotted the host once, kept the snapshot across runs,
# and on clean-up deleted every nft table and br-*/veth* link missing from
# it — including ones made by another engine started meanwhile. Another
# engine whose tables vanish under it fails on its next network with
# "unable to add return rule in DOCKER-ISOLATION-STAGE-1 chain"; that is
# how a machine's engines went bad. Now only what this engine made goes,
# runs are serialised by a machine-wide lock, and bridge mode is not used
# at all when another engine's chains are already on the host.
#
# Variables the caller may read: ENGINE_MODE, DOCKER (the client), and
# DOCKER_HOST (exported).

ENGINE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Machine-wide, so that every clone (CI checks out a new one each time)
# finds the base image and the build cache; runs are serialised by the lock.
ENGINE_STATE=${DOCKER_TEST_STATE:-/var/cache/report-service-tests/docker}
ENGINE_DATA_ROOT=$ENGINE_STATE/root
ENGINE_BRIDGE=rdt0
ENGINE_BRIDGE_IP=172.29.205.1/24
ENGINE_ADDRESS_POOL=base=172.29.208.0/20,size=24
ENGINE_LOCK=/run/lock/report-service-docker-tests.lock
ENGINE_IP_FORWARD_FILE=${ENGINE_IP_FORWARD_FILE:-/proc/sys/net/ipv4/ip_forward}
ENGINE_MODE=
ENGINE_PID=
ENGINE_RUN_DIR=
ENGINE_MADE_BRIDGE=0
ENGINE_TABLES_BEFORE=
ENGINE_IP_FORWARD_BEFORE=
DOCKER=docker
[ -x /usr/bin/docker ] && DOCKER=/usr/bin/docker # Debian's client matches dockerd

# engine_lock: one container test at a time on this machine (their engines
# would share the host's netfilter state and the data root).
engine_lock() {
	mkdir -p "$ENGINE_STATE" "$(dirname "$ENGINE_LOCK")"
	exec 9>"$ENGINE_LOCK"
	flock -w 1800 9 || {
		echo "another container test holds $ENGINE_LOCK"
		return 1
	}
}

# engine_dirs: a short private folder under /run (containerd's socket paths
# are limited in length) for the exec root, socket and logs.
engine_dirs() {
	ENGINE_RUN_DIR=$(mktemp -d /run/report-dt.XXXXXX)
	mkdir -p "$ENGINE_RUN_DIR/exec" "$ENGINE_RUN_DIR/logs" "$ENGINE_STATE"
	export DOCKER_HOST=unix://$ENGINE_RUN_DIR/docker.sock
}

# A daemon of an earlier run that was killed before its clean-up still holds
# the data root: stop it, by the PID that run recorded, if it is still ours.
engine_stop_stale() {
	local pid
	pid=$(cat "$ENGINE_STATE/dockerd.pid" 2>/dev/null) || return 0
	if [ -n "$pid" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null |
		grep -qF -- "--data-root $ENGINE_DATA_ROOT "; then
		echo "stopping the daemon $pid left by an earlier run"
		kill -TERM "$pid" 2>/dev/null || true
		for _ in $(seq 1 60); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.5
		done
		kill -KILL "$pid" 2>/dev/null || true
	fi
	rm -f "$ENGINE_STATE/dockerd.pid"
	# A bridge a killed run made and could not remove.
	if ip link show "$ENGINE_BRIDGE" >/dev/null 2>&1 && [ -f "$ENGINE_STATE/bridge-ours" ]; then
		ip link delete "$ENGINE_BRIDGE" || true
	fi
	rm -f "$ENGINE_STATE/bridge-ours"
}

# nft_tables: "family name" of every nft table, one a line.
nft_tables() {
	nft list tables 2>/dev/null | sed -n 's/^table //p' | sort
}

# docker_chains_on_host: another engine's iptables chains are there.
# (Output is read whole before grep: with pipefail, grep -q ending the pipe
# early would make the pipeline fail just when it matches.)
docker_chains_on_host() {
	local rules
	rules=$(iptables -S 2>/dev/null; iptables -t nat -S 2>/dev/null) || true
	grep -q -- '-N DOCKER' <<<"$rules"
}

# engine_start MODE: bridge or host; bridge falls back to host when another
# engine's chains are on the host or when dockerd cannot set up its
# network, and says so.
engine_start() {
	local mode=$1
	if [ "$mode" = bridge ] && docker_chains_on_host; then
		echo "another engine's iptables chains are on this host: not touching them, using host networking"
		mode=host
	fi
	if [ "$mode" = bridge ]; then
		if engine_start_daemon bridge; then
			return 0
		fi
		echo "dockerd could not set up its bridge network (see above): falling back to an engine"
		echo "without iptables, with every container on the host network"
		engine_stop
	fi
	engine_start_daemon host
}

engine_start_daemon() {
	local mode=$1 net
	ENGINE_MODE=$mode
	if [ "$mode" = bridge ]; then
		ENGINE_IP_FORWARD_BEFORE=$(cat "$ENGINE_IP_FORWARD_FILE")
		ENGINE_TABLES_BEFORE=$(nft_tables)
		if ! ip link show "$ENGINE_BRIDGE" >/dev/null 2>&1; then
			ip link add "$ENGINE_BRIDGE" type bridge &&
				ip addr add "$ENGINE_BRIDGE_IP" dev "$ENGINE_BRIDGE" &&
				ip link set "$ENGINE_BRIDGE" up || return 1
			ENGINE_MADE_BRIDGE=1
			touch "$ENGINE_STATE/bridge-ours"
		fi
		net=(--bridge "$ENGINE_BRIDGE" --default-address-pool "$ENGINE_ADDRESS_POOL")
	else
		net=(--iptables=false --ip-forward=false --ip-masq=false --bridge=none)
	fi
	dockerd --data-root "$ENGINE_DATA_ROOT" --exec-root "$ENGINE_RUN_DIR/exec" \
		--pidfile "$ENGINE_RUN_DIR/dockerd.pid" -H "$DOCKER_HOST" "${net[@]}" \
		>"$ENGINE_RUN_DIR/logs/dockerd-$mode.log" 2>&1 &
	ENGINE_PID=$!
	echo "$ENGINE_PID" >"$ENGINE_STATE/dockerd.pid"
	for _ in $(seq 1 60); do
		if $DOCKER version >/dev/null 2>&1; then
			# The failure seen on machines whose netfilter state went bad
			# comes when a network is made, not at start: try one.
			if [ "$mode" = bridge ] && ! {
				$DOCKER network create report-dt-probe >/dev/null &&
					$DOCKER network rm report-dt-probe >/dev/null
			}; then
				return 1
			fi
			echo "dockerd $ENGINE_PID up, network mode: $mode"
			return 0
		fi
		kill -0 "$ENGINE_PID" 2>/dev/null || break
		sleep 0.5
	done
	tail -n 20 "$ENGINE_RUN_DIR/logs/dockerd-$mode.log"
	return 1
}

# engine_stop: stops our daemon, then removes exactly what it made on the
# host: the bridges of its networks, its own bridge, the nft tables that
# appeared while it ran and hold Docker's chains, ip_forward as it was, and
# mounts under its exec root.
engine_stop() {
	local bridges=() id table chains mnt
	if [ -n "$ENGINE_PID" ]; then
		if [ "$ENGINE_MODE" = bridge ]; then
			for id in $($DOCKER network ls -q --no-trunc --filter driver=bridge 2>/dev/null); do
				bridges+=("br-${id:0:12}")
			done
		fi
		kill -TERM "$ENGINE_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do
			kill -0 "$ENGINE_PID" 2>/dev/null || break
			sleep 0.5
		done
		kill -KILL "$ENGINE_PID" 2>/dev/null || true
		wait "$ENGINE_PID" 2>/dev/null || true
		rm -f "$ENGINE_STATE/dockerd.pid"
		ENGINE_PID=
	fi
	if [ "$ENGINE_MODE" = bridge ]; then
		for id in "${bridges[@]}"; do
			ip link show "$id" >/dev/null 2>&1 && ip link delete "$id"
		done
		if [ "$ENGINE_MADE_BRIDGE" = 1 ]; then
			ip link delete "$ENGINE_BRIDGE" 2>/dev/null || true
			rm -f "$ENGINE_STATE/bridge-ours"
			ENGINE_MADE_BRIDGE=0
		fi
		while read -r table; do
			[ -n "$table" ] || continue
			grep -qxF "$table" <<<"$ENGINE_TABLES_BEFORE" && continue
			# shellcheck disable=SC2086 # "ip filter" -> nft list table ip filter
			chains=$(nft list table $table 2>/dev/null) || continue
			grep -q 'chain DOCKER' <<<"$chains" || continue
			# shellcheck disable=SC2086
			nft delete table $table || true
		done < <(nft_tables)
		[ -z "$ENGINE_IP_FORWARD_BEFORE" ] || echo "$ENGINE_IP_FORWARD_BEFORE" >"$ENGINE_IP_FORWARD_FILE"
	fi
	if [ -n "$ENGINE_RUN_DIR" ]; then
		awk '{print $2}' /proc/mounts | grep -F "$ENGINE_RUN_DIR/" | sort -r |
			while IFS= read -r mnt; do
				umount "$mnt" 2>/dev/null || umount -l "$mnt" || true
			done
	fi
	ENGINE_MODE=
}

# engine_base_image: debian:bookworm-slim, made locally because no registry
# is reachable: a minbase Debian with merged /usr (no perl), without docs,
# man pages and locales, and with apt's cache cleaned after every install.
engine_base_image() {
	if $DOCKER image inspect debian:bookworm-slim >/dev/null 2>&1; then
		echo "debian:bookworm-slim is cached"
		return 0
	fi
	local mirror=http://deb.debian.org/debian work=$ENGINE_RUN_DIR/base
	local clean='rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true'
	mkdir -p "$work"
	cat >"$work/docker-clean" <<-EOF
		DPkg::Post-Invoke { "$clean"; };
		APT::Update::Post-Invoke { "$clean"; };
		Dir::Cache::pkgcache "";
		Dir::Cache::srcpkgcache "";
		Acquire::Languages "none";
	EOF
	# shellcheck disable=SC2016 # $1 is the chroot, expanded by mmdebstrap's hook
	mmdebstrap --mode=root --variant=minbase --format=tar \
		--hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
		--dpkgopt='path-exclude=/usr/share/man/*' \
		--dpkgopt='path-exclude=/usr/share/doc/*' \
		--dpkgopt='path-include=/usr/share/doc/*/copyright' \
		--dpkgopt='path-exclude=/usr/share/locale/*' \
		--dpkgopt='path-exclude=/usr/share/info/*' \
		--customize-hook="upload $work/docker-clean /etc/apt/apt.conf.d/docker-clean" \
		--customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin "$1"/var/log/*.log' \
		bookworm - \
		"deb $mirror bookworm main" \
		"deb $mirror bookworm-updates main" \
		"deb http://deb.debian.org/debian-security bookworm-security main" </dev/null |
		$DOCKER import --change 'CMD ["bash"]' - debian:bookworm-slim
}

# engine_cleanup_dirs: removes the run folder (after engine_stop).
engine_cleanup_dirs() {
	[ -n "$ENGINE_RUN_DIR" ] && rm -rf "$ENGINE_RUN_DIR"
	ENGINE_RUN_DIR=
}
