#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
# SharedAccountsTest: two partners with their own logins share one vault (issue 14;
# docs/ARCHITECTURE.md "Two accounts, one vault"). Makes real accounts with useradd and runs
# the whole command-line flow across them with runuser: setup-shared, create, share (refused
# from a private home, then --move), enrol, private entries, answer/reveal/read, offer/accept,
# both accounts writing at the same moment (every acknowledged write present), a third
# account refused by the files and by the app (exit 4), umask 077 and 000 on either side,
# a deleted lock file under a running writer, backup and restore, and the move back.
# Needs root (CI runs as root); elsewhere it skips (exit 77) and says why.
#   shared-accounts-test.sh TWOFOLD_BINARY
set -euo pipefail
binary=$1

if [[ $(id -u) -ne 0 ]]; then
    echo "SharedAccountsTest: skipped: making OS accounts (useradd) needs root; CI runs it as root."
    exit 77
fi
for tool in useradd userdel runuser getfacl setfacl; do
    if ! command -v "$tool" >/dev/null; then
        echo "SharedAccountsTest: skipped: $tool is missing (scripts/setup-deps installs acl)."
        exit 77
    fi
done

started=$SECONDS
scratch=$(mktemp -d /tmp/twofold-shared-test.XXXXXX)
chmod 0755 "$scratch"
tag=$(printf '%04x' $((RANDOM % 65536)))
alex=tfa$tag sam=tfs$tag kid=tfk$tag
cleanup() {
    for u in "$alex" "$sam" "$kid"; do
        pkill -KILL -u "$u" 2>/dev/null || true
        userdel -r "$u" >/dev/null 2>&1 || true
    done
    rm -rf "$scratch"
}
trap cleanup EXIT

for u in "$alex" "$sam" "$kid"; do
    useradd -m -s /bin/bash "$u"
done
chmod 0700 "/home/$alex" # a private home, as many distributions make them
mkdir -p "$scratch/bin"
cp "$binary" "$scratch/bin/twofold"
chmod 0755 "$scratch/bin/twofold"
tf="$scratch/bin/twofold"
export TWOFOLD_SHARED_PLACE="$scratch/place"
export TWOFOLD_INSECURE_FAST_KDF=1
uid_alex=$(id -u "$alex") uid_sam=$(id -u "$sam")
vault="$TWOFOLD_SHARED_PLACE/couple-$uid_alex-$uid_sam"

fail() {
    echo "SharedAccountsTest: FAILED: $*" >&2
    exit 1
}
# as USER [umask] -- command...: runs in USER's own account and environment.
as() {
    local user=$1 mask=022
    shift
    if [[ "$1" != "--" ]]; then
        mask=$1
        shift
    fi
    shift
    runuser -u "$user" -- env -i PATH=/usr/bin:/bin HOME="/home/$user" USER="$user" \
        TWOFOLD_SHARED_PLACE="$TWOFOLD_SHARED_PLACE" TWOFOLD_INSECURE_FAST_KDF=1 \
        bash -c 'umask "$0"; exec "$@"' "$mask" "$@"
}
step() { echo "-- $* ($((SECONDS - started)) s)"; }

step "setup-shared, twice"
"$tf" setup-shared >/dev/null
"$tf" setup-shared >/dev/null
[[ $(stat -c '%a %U' "$TWOFOLD_SHARED_PLACE") == "1733 root" ]] || fail "shared place is not root 1733"
out=$(as "$alex" -- "$tf" setup-shared 2>&1) && fail "setup-shared ran without root"
[[ "$out" == *"needs root"* ]] || fail "setup-shared without root said: $out"

step "create a private vault in Alex's home"
private="/home/$alex/.local/share/twofold/vault"
printf 'alex-pw\n' | as "$alex" -- "$tf" --vault "$private" create --name Alex --password-fd 0 >/dev/null 2>&1
[[ $(stat -c '%a' "$private") == 700 ]] || fail "a private vault is not 0700"
printf 'alex-pw\nBefore we shared.' | as "$alex" -- "$tf" --vault "$private" --partner Alex --password-fd 0 \
    write --title first >/dev/null

step "share is refused where Sam could never reach, then --move"
set +e
out=$(printf 'alex-pw\n' | as "$alex" -- "$tf" --vault "$private" --password-fd 0 share "$sam" 2>&1)
code=$?
set -e
[[ $code -eq 1 && "$out" == *"cannot enter /home/$alex"* && "$out" == *"--move"* ]] ||
    fail "share from a private home: exit $code: $out"
printf 'alex-pw\n' | as "$alex" -- "$tf" --vault "$private" --password-fd 0 share --move "$sam" >/dev/null
[[ -f "$vault/keyring.db" && ! -e "$private" ]] || fail "the vault did not move to $vault"
getfacl -p "$vault" | grep -q "^user:$sam:rwx" || fail "no ACL entry for Sam on the folder"
getfacl -p "$vault" | grep -q "^default:user:$sam:rwx" || fail "no default ACL entry for Sam"
getfacl -p "$vault" | grep -q "^default:user:$alex:rwx" || fail "no default ACL entry for Alex"

step "Sam enrols from his own account; both find the vault with no path"
printf 'alex-pw\nsam-pw\n' | as "$sam" -- "$tf" --vault "$vault" --partner Alex --password-fd 0 \
    enrol --name Sam --new-password-fd 0 >/dev/null 2>&1
printf 'sam-pw\nSam private words.' | as "$sam" -- "$tf" --partner Sam --password-fd 0 write --title mine >/dev/null
printf 'alex-pw\nAlex private words.' | as "$alex" -- "$tf" --partner Alex --password-fd 0 write --title mine >/dev/null
alexList=$(printf 'alex-pw\n' | as "$alex" -- "$tf" --partner Alex --password-fd 0 list --limit 0 --json)
samList=$(printf 'sam-pw\n' | as "$sam" -- "$tf" --partner Sam --password-fd 0 list --limit 0 --json)
[[ "$alexList" == *"Before we shared."* && "$alexList" == *"Alex private words."* ]] || fail "Alex's list: $alexList"
[[ "$samList" == *"Sam private words."* && "$samList" != *"Alex private"* ]] || fail "Sam's list: $samList"
set +e
printf 'a-guess\n' | as "$sam" -- "$tf" --partner Alex --password-fd 0 list >/dev/null 2>&1
code=$?
set -e
[[ $code -eq 2 ]] || fail "a wrong password for Alex from Sam's account: exit $code"

step "answer, agree and read across the two accounts"
prompt=$(printf 'alex-pw\n' | as "$alex" -- "$tf" --partner Alex --password-fd 0 prompts --json |
    python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
printf 'alex-pw\nAlex answers.' | as "$alex" -- "$tf" --partner Alex --password-fd 0 answer --reveal "$prompt" >/dev/null
printf 'sam-pw\nSam answers.' | as "$sam" -- "$tf" --partner Sam --password-fd 0 answer --reveal "$prompt" >/dev/null
# Sam agreed after Alex, so Sam's session granted his answer to Alex; Alex's own session
# grants hers at her next unlock (each author's session writes its own grants).
read=$(printf 'alex-pw\n' | as "$alex" -- "$tf" --partner Alex --password-fd 0 read "$prompt")
[[ "$read" == *"Sam answers."* ]] || fail "Alex cannot read Sam's revealed answer: $read"
read=$(printf 'sam-pw\n' | as "$sam" -- "$tf" --partner Sam --password-fd 0 read "$prompt")
[[ "$read" == *"Alex answers."* ]] || fail "Sam cannot read Alex's revealed answer: $read"

step "offer and accept"
entry=$(printf 'alex-pw\nAn entry for Sam.' | as "$alex" -- "$tf" --partner Alex --password-fd 0 write --title gift)
printf 'alex-pw\n' | as "$alex" -- "$tf" --partner Alex --password-fd 0 offer "$entry" >/dev/null
offer=$(printf 'sam-pw\n' | as "$sam" -- "$tf" --partner Sam --password-fd 0 inbox --json |
    python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
accepted=$(printf 'sam-pw\n' | as "$sam" -- "$tf" --partner Sam --password-fd 0 accept "$offer")
[[ "$accepted" == *"An entry for Sam."* ]] || fail "Sam could not read the offer: $accepted"

step "both accounts write at the same moment, each alternating umask 077 and 000"
writes=15
writer() { # user partner password first-umask file: each side alternates umask 077 and 000
    local i id mask
    for ((i = 0; i < writes; i++)); do
        mask=$4
        if ((i % 2 == 1)); then mask=$([[ $4 == 077 ]] && echo 000 || echo 077); fi
        if id=$(printf '%s\nconcurrent %s %d' "$3" "$2" "$i" | as "$1" "$mask" -- "$tf" --partner "$2" --password-fd 0 \
            write --title "c$i" 2>>"$scratch/$2.err"); then
            echo "$id" >>"$5"
        fi
        # Every other round also touches couple.db: agree, hold back, agree again.
        if ((i % 3 == 0)); then
            printf '%s\n%s again %d' "$3" "$2" "$i" | as "$1" "$mask" -- "$tf" --partner "$2" --password-fd 0 \
                answer "$prompt" >/dev/null 2>>"$scratch/$2.err" || true
        fi
    done
}
writer "$alex" Alex alex-pw 077 "$scratch/alex.acks" &
pa=$!
writer "$sam" Sam sam-pw 000 "$scratch/sam.acks" &
ps=$!
wait $pa $ps
for who in alex:Alex:alex-pw sam:Sam:sam-pw; do
    IFS=: read -r key partner password <<<"$who"
    user=${!key}
    acked=$(wc -l <"$scratch/$key.acks")
    listed=$(printf '%s\n' "$password" | as "$user" -- "$tf" --partner "$partner" --password-fd 0 list --limit 0 --json |
        python3 -c 'import json,sys; print(sum(1 for e in json.load(sys.stdin) if e["title"].startswith("c")))')
    echo "   $partner: $acked of $writes writes acknowledged, $listed present"
    [[ $acked -eq $writes ]] || fail "$partner: only $acked of $writes writes succeeded: $(cat "$scratch/$key.err")"
    [[ $listed -eq $acked ]] || fail "$partner: $acked acknowledged but $listed present"
done

step "every file in the vault: both accounts read and write, nobody else"
for f in "$vault"/*; do
    name=$(basename "$f")
    as "$alex" -- test -r "$f" -a -w "$f" || fail "Alex cannot read and write $name"
    as "$sam" -- test -r "$f" -a -w "$f" || fail "Sam cannot read and write $name"
    [[ $(stat -c '%a' "$f") == *0 ]] || fail "$name gives other accounts access: $(stat -c '%a' "$f")"
done

step "a third account is refused by the files and by the app"
as "$kid" -- cat "$vault/keyring.db" >/dev/null 2>&1 && fail "the kid's account read keyring.db"
as "$kid" -- ls "$vault" >/dev/null 2>&1 && fail "the kid's account listed the vault"
as "$kid" -- ls "$TWOFOLD_SHARED_PLACE" >/dev/null 2>&1 && fail "the kid's account listed the shared place"
set +e
out=$(printf 'alex-pw\n' | as "$kid" -- "$tf" --vault "$vault" --partner Alex --password-fd 0 list 2>&1)
code=$?
set -e
[[ $code -eq 4 && "$out" == "twofold: This vault belongs to other accounts on this computer"* ]] ||
    fail "the kid's app: exit $code: $out"
echo "   kid: exit $code: $out"

step "a lock file deleted under a running writer does not let a restore in"
as "$alex" -- "$tf" --partner Alex backup --out "/home/$alex/before.twofold-backup" >/dev/null
fifo="$scratch/writer.fifo"
mkfifo "$fifo"
chmod 0666 "$fifo"
(as "$alex" -- "$tf" --partner Alex --password-fd 0 write --title held <"$fifo" >"$scratch/held.id") &
holder=$!
exec 7>"$fifo"
printf 'alex-pw\n' >&7
for _ in $(seq 50); do
    ls "$vault"/*.lock >/dev/null 2>&1 && break
    sleep 0.1
done
sleep 0.5
# While Alex's process has the vault open, SQLite's -wal and -shm files exist: they too
# are both accounts' and nobody else's.
checked=0
for f in "$vault"/*-wal "$vault"/*-shm; do
    [[ -e "$f" ]] || continue
    as "$sam" -- test -r "$f" -a -w "$f" || fail "Sam cannot read and write $(basename "$f")"
    [[ $(stat -c '%a' "$f") == *0 ]] || fail "$(basename "$f") gives other accounts access"
    checked=$((checked + 1))
done
[[ $checked -gt 0 ]] || fail "no -wal or -shm file was there to check"
echo "   $checked -wal/-shm files checked while open"
rm -f "$vault"/*.lock
set +e
# Both partners' passwords are given, so only the lock can refuse it.
out=$(printf 'alex-pw\nsam-pw\n' | as "$alex" -- "$tf" --partner Alex --password-fd 0 restore --force \
    "/home/$alex/before.twofold-backup" 2>&1)
code=$?
set -e
printf 'Written while a restore was tried.' >&7
exec 7>&-
wait $holder
[[ $code -eq 4 ]] || fail "restore ran under a writer: exit $code: $out"
held=$(cat "$scratch/held.id")
shown=$(printf 'alex-pw\n' | as "$alex" -- "$tf" --partner Alex --password-fd 0 show "$held")
[[ "$shown" == *"Written while a restore was tried."* ]] || fail "the acknowledged entry is gone"

step "backup and restore keep the vault shared"
as "$sam" -- "$tf" --partner Sam backup --out "/home/$sam/shared.twofold-backup" >/dev/null
printf 'sam-pw\nAfter the backup.' | as "$sam" -- "$tf" --partner Sam --password-fd 0 write --title later >/dev/null
# Only the login that made the folder may replace it in the sticky shared place: Sam's
# restores are refused with the reason before anything is written.
for scope in --force --only-my-journal; do
    passwords='alex-pw\nsam-pw\n' # every partner, in the keyring's order
    [[ $scope == --only-my-journal ]] && passwords='sam-pw\n'
    set +e
    out=$(printf "$passwords" | as "$sam" -- "$tf" --partner Sam --password-fd 0 restore $scope \
        "/home/$sam/shared.twofold-backup" 2>&1)
    code=$?
    set -e
    [[ $code -eq 4 && "$out" == *"only that login can restore over it"* ]] ||
        fail "restore $scope from the partner's login: exit $code: $out"
done
[[ -n $(find "$vault" -maxdepth 0 -user "$alex") ]] || fail "the vault folder changed owner"
cp "/home/$sam/shared.twofold-backup" "/home/$alex/shared.twofold-backup"
chown "$alex" "/home/$alex/shared.twofold-backup"
printf 'alex-pw\nsam-pw\n' | as "$alex" -- "$tf" --partner Alex --password-fd 0 restore --force \
    "/home/$alex/shared.twofold-backup" >/dev/null
# Each account's own state (never in the shared folder) notices the older files.
set +e
printf 'sam-pw\n' | as "$sam" -- "$tf" --partner Sam --password-fd 0 list >/dev/null 2>&1
code=$?
set -e
[[ $code -eq 3 ]] || fail "Sam's account did not notice the restored (older) files: exit $code"
printf 'sam-pw\n' | as "$sam" -- "$tf" --partner Sam --password-fd 0 verify --accept-older >/dev/null 2>&1 || true
printf 'alex-pw\n' | as "$alex" -- "$tf" --partner Alex --password-fd 0 verify --accept-older >/dev/null 2>&1 || true
samList=$(printf 'sam-pw\n' | as "$sam" -- "$tf" --partner Sam --password-fd 0 list --limit 0 --json)
[[ "$samList" == *"Sam private words."* && "$samList" != *"After the backup."* ]] ||
    fail "Sam after the restore: $samList"
getfacl -p "$vault" | grep -q "^default:user:$sam:rwx" || fail "the restored vault is no longer shared"
printf 'sam-pw\nAfter the restore.' | as "$sam" 000 -- "$tf" --partner Sam --password-fd 0 write >/dev/null
printf 'alex-pw\nAfter the restore.' | as "$alex" 077 -- "$tf" --partner Alex --password-fd 0 write >/dev/null

step "and back into one account"
back="/home/$alex/vault-again"
printf 'alex-pw\nsam-pw\n' | as "$alex" -- "$tf" --vault "$vault" --password-fd 0 unshare --to "$back" >/dev/null
[[ $(stat -c '%a' "$back") == 700 && ! -e "$vault/keyring.db" ]] || fail "the vault did not move back"
getfacl -p "$back" | grep -q "^default:" && fail "the private vault kept a default ACL"
printf 'sam-pw\n' | as "$alex" -- "$tf" --vault "$back" --partner Sam --password-fd 0 list --limit 0 >/dev/null ||
    fail "Sam's journal did not come along"
set +e
printf 'sam-pw\n' | as "$sam" -- "$tf" --vault "$back" --partner Sam --password-fd 0 list >/dev/null 2>&1
code=$?
set -e
[[ $code -eq 4 ]] || fail "Sam's account still opens the private vault: exit $code"

echo "SharedAccountsTest: passed in $((SECONDS - started)) s"
