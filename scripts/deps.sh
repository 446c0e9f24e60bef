#!/usr/bin/env bash
# Installs the Debian packages the project needs (build, run, test, lint).
# Fast when everything is present: dpkg-query decides, and apt-get update
# runs only when something is missing.
set -euo pipefail

packages=(
	build-essential pkg-config
	libmicrohttpd-dev libjansson-dev libpq-dev libssl-dev libcurl4-openssl-dev
	libcriterion-dev
	postgresql-15 postgresql-contrib
	valgrind cppcheck clang-format wrk nginx-light
	curl ca-certificates procps
)
# Node (the metrics scorer) from Debian only when no node is installed at all.
if ! command -v node >/dev/null 2>&1; then
	packages+=(nodejs npm)
fi

# One dpkg-query for all: a package that is not installed prints no "ii" line.
installed=" $(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${packages[@]}" 2>/dev/null |
	awk '$1 == "ii" { printf "%s ", $2 }')"
missing=()
for p in "${packages[@]}"; do
	[[ $installed == *" $p "* ]] || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
	exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
	if command -v sudo >/dev/null 2>&1; then
		sudo=(sudo)
	else
		echo "deps.sh: missing packages (${missing[*]}) and not root" >&2
		exit 1
	fi
else
	sudo=()
fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -q
"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
