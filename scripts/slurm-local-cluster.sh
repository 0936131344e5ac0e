#!/usr/bin/env bash
# A one-node SLURM cluster on this machine (127.0.0.1), for trying `./entente slurm` and for its
# integration test: installs Debian's munge, slurmctld, slurmd and slurm-client if missing, writes a
# minimal slurm.conf, and starts munged, slurmctld and slurmd (no systemd needed). Safe to run twice:
# what already runs is left alone. Needs root. Never touches a slurm.conf it did not write.
set -euo pipefail

conf=/etc/slurm/slurm.conf
marker="# written by entente's scripts/slurm-local-cluster.sh"
say() { echo "slurm-local-cluster: $*" >&2; }
fail() { say "$*"; exit 1; }

[ "$(id -u)" = 0 ] || fail "run me as root (I install packages and start the SLURM daemons)"

# 1. Packages
missing=()
for pair in munged:munge slurmctld:slurmctld slurmd:slurmd sbatch:slurm-client; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || [ -x "/usr/sbin/${pair%%:*}" ] || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  # policy-rc.d may refuse to start the services here; we start them below ourselves
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Configuration: one node, this machine's CPUs and memory, no cgroups
host="$(hostname -s)"
cpus="$(nproc)"
mem_mb=$(( $(awk '/^MemTotal:/ {print $2}' /proc/meminfo) / 1024 * 9 / 10 ))
if [ -f "$conf" ] && ! grep -qF "$marker" "$conf"; then
  fail "$conf exists and was not written by this script; this machine seems to have its own SLURM: use it"
fi
mkdir -p /etc/slurm /var/lib/slurm/slurmctld /var/lib/slurm/slurmd /var/log/slurm
chown slurm:slurm /var/lib/slurm/slurmctld /var/log/slurm
wanted="$(cat <<CONF
$marker
# A one-node test cluster on 127.0.0.1 (see docs/scale.md). Not for production.
ClusterName=entente-local
SlurmctldHost=$host(127.0.0.1)
SlurmUser=slurm
AuthType=auth/munge
SlurmctldPort=6817
SlurmdPort=6818
StateSaveLocation=/var/lib/slurm/slurmctld
SlurmdSpoolDir=/var/lib/slurm/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
MpiDefault=none
SwitchType=switch/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MinJobAge=300
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
)"
changed=no
if [ ! -f "$conf" ] || [ "$(cat "$conf")" != "$wanted" ]; then
  printf '%s\n' "$wanted" >"$conf"
  changed=yes
fi

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# 3. munged (as the munge user, as its service would)
if ! running /run/munge/munged.pid; then
  install -d -o munge -g munge -m 0755 /run/munge
  [ -f /etc/munge/munge.key ] || runuser -u munge -- mungekey --create
  say "starting munged"
  runuser -u munge -- /usr/sbin/munged
fi
munge -n | unmunge >/dev/null || fail "munge does not work (see /var/log/munge/munged.log)"

# 4. slurmctld and slurmd (they daemonise and write their pid files)
if running /run/slurmctld.pid; then
  [ "$changed" = no ] || { say "slurm.conf changed: reconfiguring"; scontrol reconfigure; }
else
  say "starting slurmctld"
  /usr/sbin/slurmctld
fi
if ! running /run/slurmd.pid; then
  say "starting slurmd"
  /usr/sbin/slurmd
fi

# 5. Wait (bounded) until the node takes jobs
for _ in $(seq 1 60); do
  state="$(sinfo -h -n "$host" -o %T 2>/dev/null || true)"
  case "$state" in
    idle*|mixed*|allocated*) say "up: node $host ($cpus CPUs, ${mem_mb} MB), partition 'local'; logs in /var/log/slurm"; exit 0 ;;
    down*|drain*) scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true ;;
  esac
  sleep 1
done
fail "the node did not become idle within 60 s (state '${state:-unknown}'); see /var/log/slurm/slurmctld.log and slurmd.log"
