# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
#
# Sourced by scripts/setup-deps and scripts/check-package. Finds the Debian archive this
# machine's own apt sources use for bookworm, so that no package host is written in any of
# our files: it is read at run time, here.
#   debian_archive [ROOT]     prints two lines: the archive's URI, and its Signed-By keyring
#                             (empty if none); ROOT is a system root to read (default /)
#   backports_stanza URI KEYRING   prints a deb822 stanza for that archive's bookworm-backports

debian_archive() {
    local root=${1:-} uri="" keyring="" f
    # deb822 files first: the first stanza whose Suites has "bookworm" (not -security).
    for f in "$root"/etc/apt/sources.list.d/*.sources; do
        [[ -f "$f" ]] || continue
        uri=$(awk 'BEGIN{RS="";FS="\n"} {u="";s="";for(i=1;i<=NF;i++){if($i~/^URIs:/){sub(/^URIs:[ \t]*/,"",$i);u=$i} if($i~/^Suites:/){s=$i}} if(s~/[ \t]bookworm([ \t]|$)/ && u!=""){split(u,a," ");print a[1];exit}}' "$f")
        if [[ -n "$uri" ]]; then
            keyring=$(awk 'BEGIN{RS="";FS="\n"} {u=0;s=0;k="";for(i=1;i<=NF;i++){if($i~/^Suites:/ && $i~/[ \t]bookworm([ \t]|$)/)s=1; if($i~/^Signed-By:/){k=$i;sub(/^Signed-By:[ \t]*/,"",k)}} if(s){print k;exit}}' "$f")
            break
        fi
    done
    # Then the one-line format.
    if [[ -z "$uri" && -f "$root/etc/apt/sources.list" ]]; then
        uri=$(awk '$1=="deb" && $3=="bookworm" {print $2; exit} $1=="deb" && $2 ~ /^\[/ {for(i=2;i<=NF;i++) if($i=="bookworm"){print $(i-1); exit}}' "$root/etc/apt/sources.list")
    fi
    [[ -n "$uri" ]] || return 1
    printf '%s\n%s\n' "$uri" "$keyring"
}

backports_stanza() {
    local uri=$1 keyring=${2:-}
    echo "Types: deb"
    echo "URIs: $uri"
    echo "Suites: bookworm-backports"
    echo "Components: main"
    if [[ -n "$keyring" ]]; then echo "Signed-By: $keyring"; fi
}
