#!/usr/bin/env bash
# Upload throughput to a local S3-compatible server (s3rver) vs `aws s3 cp`:
# tests/bench/s3_upload.sh [MB=200] [ROUNDS=3]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../installer/bootstrap.sh"
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
trap 'kill $s3 2>/dev/null || true; rm -rf "$work"' EXIT
NODE_OPTIONS=--openssl-legacy-provider "$LIFEBOAT_BUILD/tools/node_modules/.bin/s3rver" -d "$work/data" -a 127.0.0.1 -p "$port" \
  --configure-bucket backups --silent &
s3=$!
head -c "$(( ${1:-200} * 1000000 ))" /dev/urandom > "$work/artifact.bin"
sleep 2
export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=us-east-1
"$LIFEBOAT_BUILD/tests/s3_upload_bench" "http://127.0.0.1:$port" "$work/artifact.bin" "${2:-3}"
