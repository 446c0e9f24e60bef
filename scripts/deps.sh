#!/usr/bin/env bash
# Installs what the project needs, for one purpose at a time:
#
#   scripts/deps.sh run      build and run (make run): compiler, libraries,
#                            PostgreSQL 15, Node.js, and the npm packages
#                            pinned in scripts/node-tools/package-lock.json
#                            (ECharts for the dashboard that make web builds,
#                            and the test tools), installed with npm ci into
#                            build/node-tools
#   scripts/deps.sh test     also what make test uses: Criterion, valgrind,
#                            linters, docker-compose (the file linter only,
#                            without an engine), clang (fuzzing), Chromium
#                            and a Chinese font (the browser test)
#   scripts/deps.sh docker   also a Docker engine and mmdebstrap (make
#                            docker-test, make fresh-test)
#   scripts/deps.sh bench    what test needs, and the npm packages of the
#                            benchmark's peer (bench/peer) in build/bench-peer
#
# Fast when everything is present: one dpkg-query decides, and apt-get runs
# (update first, no recommends) only for what is missing. Says what it cannot
# do and exits 1: not root and no sudo, a package apt cannot install, npm
# failing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

die() {
	echo "deps.sh: $*" >&2
	exit 1
}

purpose=${1:-run}
run_pkgs=(
	build-essential pkg-config
	libmicrohttpd-dev libjansson-dev libpq-dev libssl-dev libcurl4-openssl-dev libzip-dev libxml2-dev zlib1g-dev libxxhash-dev
	# the PDF reader: MuPDF is static in Debian, and its libraries' -dev come along
	libmupdf-dev libmujs-dev libgumbo-dev libopenjp2-7-dev libjbig2dec0-dev libjpeg-dev libfreetype-dev
	postgresql-15 postgresql-contrib
	curl ca-certificates procps
)
test_pkgs=(
	libcriterion-dev valgrind cppcheck clang-format wrk nginx-light git postgresql-client
	docker-compose python3 clang libclang-rt-14-dev chromium fonts-wqy-microhei
)
docker_pkgs=(docker.io docker-compose mmdebstrap nftables iproute2 iptables openssl util-linux)
case $purpose in
run) packages=("${run_pkgs[@]}") ;;
test) packages=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
docker) packages=("${run_pkgs[@]}" "${test_pkgs[@]}" "${docker_pkgs[@]}") ;;
bench) packages=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
*) die "usage: deps.sh run|test|docker|bench" ;;
esac
# Node.js from Debian only when no node is installed at all.
if ! command -v node >/dev/null 2>&1; then
	packages+=(nodejs npm)
fi

# installed_list: "ii" packages among ours, space-separated and padded.
# dpkg-query exits 1 when any package was never installed: that is an
# answer, not an error, so its status is not the pipeline's.
installed_list() {
	local out
	out=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${packages[@]}" 2>/dev/null || true)
	printf ' %s ' "$(awk '$1 == "ii" { printf "%s ", $2 }' <<<"$out")"
}

missing_packages() {
	local installed p
	installed=$(installed_list)
	missing=()
	for p in "${packages[@]}"; do
		[[ $installed == *" $p "* ]] || missing+=("$p")
	done
}

missing_packages
if [[ ${#missing[@]} -gt 0 ]]; then
	command -v apt-get >/dev/null 2>&1 ||
		die "missing packages (${missing[*]}) and no apt-get: this project is set up for Debian 12"
	sudo=()
	if [[ $(id -u) -ne 0 ]]; then
		command -v sudo >/dev/null 2>&1 ||
			die "missing packages (${missing[*]}); run as root, or install sudo, or install them yourself"
		sudo=(sudo)
	fi
	echo "deps.sh: installing ${missing[*]}" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt=("${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 -q)
	"${apt[@]}" update || die "apt-get update failed (is a Debian mirror reachable?)"
	"${apt[@]}" install -y --no-install-recommends "${missing[@]}" ||
		die "apt-get could not install: ${missing[*]}"
	missing_packages
	[[ ${#missing[@]} -eq 0 ]] || die "still not installed after apt-get: ${missing[*]}"
fi

# npm_ci SRC DST: the npm packages of SRC (package.json + its lock), exactly
# as locked, into DST; reinstalled only when the lock file changed since the
# last install.
npm_ci() {
	local src=$1 dst=$2
	if ! cmp -s "$src/package-lock.json" "$dst/package-lock.json" || [[ ! -d $dst/node_modules ]]; then
		echo "deps.sh: installing the npm packages of ${src#"$root"/} (npm ci)" >&2
		rm -rf "$dst"
		mkdir -p "$dst"
		cp "$src/package.json" "$src/package-lock.json" "$dst/"
		(cd "$dst" && npm ci --no-audit --no-fund --loglevel=error >&2) ||
			die "npm ci failed in $dst (is the npm registry reachable?)"
	fi
}
# DEPS_NODE_TOOLS_DIR: another folder, for tests/setup.
npm_ci "$root/scripts/node-tools" "${DEPS_NODE_TOOLS_DIR:-$root/build/node-tools}"
# The benchmark's Fastify peer (bench/server_bench.sh), for bench only.
[[ $purpose != bench ]] || npm_ci "$root/bench/peer" "$root/build/bench-peer"
