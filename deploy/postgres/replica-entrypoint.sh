#!/bin/sh
# A streaming read replica of the `db` service: on first start it copies the primary with
# pg_basebackup (-R writes standby.signal and the connection settings), then runs read-only,
# replaying the primary's WAL. Later starts resume from its own data folder.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h db -U replicator -D "$PGDATA" -X stream -R; do
    echo "waiting for the primary to accept replication ..."
    rm -rf "${PGDATA:?}"/*
    sleep 2
  done
  chmod 0700 "$PGDATA"
fi
exec docker-entrypoint.sh postgres -c hot_standby=on
