#!/usr/bin/env bash
# Prints a TCP port on 127.0.0.1 that nothing listens on, for a test or a
# benchmark to start a server on. Below the kernel's ephemeral range
# (32768-60999 here): a port picked from it can be taken by any outgoing
# connection between the check and the bind. Exit 1 when none is found.
for _ in $(seq 1 200); do
	p=$((20000 + RANDOM % 10000))
	if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
		echo "$p"
		exit 0
	fi
done
echo "free-port.sh: no free port found in 20000-29999" >&2
exit 1
