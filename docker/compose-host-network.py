#!/usr/bin/env python3
"""Rewrites a resolved compose file (`docker-compose config` on stdin) for an
engine without a bridge: every service on the host's network.

Used by docker/test.sh only, when the engine must run without iptables
(see docker/engine.sh). Services then cannot find each other by name, so
`host=db port=5432` becomes `host=127.0.0.1 port=DB_PORT`, PostgreSQL
listens on 127.0.0.1:DB_PORT (PGPORT, which postgres and pg_isready both
read), the server on 127.0.0.1:API_PORT, and image builds use the host's
network too.

    compose-host-network.py DB_PORT API_PORT < resolved.yml > host.yml
"""
import sys

import yaml


def main():
    db_port, api_port = sys.argv[1], sys.argv[2]
    doc = yaml.safe_load(sys.stdin)
    for name, svc in doc.get("services", {}).items():
        svc.pop("ports", None)
        svc.pop("networks", None)
        svc["network_mode"] = "host"
        if "build" in svc:
            svc["build"]["network"] = "host"
        env = svc.setdefault("environment", {})
        url = env.get("DATABASE_URL")
        if url:
            env["DATABASE_URL"] = url.replace("host=db port=5432",
                                              f"host=127.0.0.1 port={db_port}")
        if name == "db":
            env["PGPORT"] = db_port
            svc["command"] = ["postgres", "-c", "listen_addresses=127.0.0.1"]
        if name == "server":
            env["REPORT_LISTEN"] = f"127.0.0.1:{api_port}"
    doc.pop("networks", None)
    yaml.safe_dump(doc, sys.stdout, allow_unicode=True, sort_keys=False)


if __name__ == "__main__":
    main()
