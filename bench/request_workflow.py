"""Information-request benchmark: filing throughput, registration numbers under concurrent filers, work-queue
and statistics latency at 100,000 cases, and the receipt PDF's build time.

Runs in a database of its own (``ckan_ppid_bench_requests``, created with scripts/database.sh and emptied at
each run) and Redis database 9, with a CKAN configuration written at run time on top of test.ini (a real
SMTP server on loopback for the filing mails, a storage directory for receipts and identity documents):

  (a) filing throughput: web filings (with a KTP scan) through ``ppid_request_create`` in the action layer,
      one after the other, while a real RQ worker (``ckan jobs worker``, another process) builds the
      receipts and sends the mails; requests per second, and the time until every receipt is built
  (b) registration numbers under concurrent filing: N processes file at once through the action layer;
      the year's numbers must be 1..total with no gap and no duplicate
  (c) latency (p50/p95/p99 over --repeat runs after 5 warm-ups) with --cases cases bulk-inserted with SQL
      (four years, 31 units of Zipf-like size, channels, outcomes, extensions, late and open cases,
      objections and disputes in realistic shares): the work-queue query, the queue through the action
      and as the rendered page, the objection queue, the year's statistics, the public register page
  (d) the receipt PDF: render time per receipt in this process (target < 300 ms)

Usage: .venv/bin/python bench/request_workflow.py [--filings 60] [--filers 20] [--per-filer 10]
       [--cases 100000] [--repeat 200]
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is called requests.py: drop its folder from the import path, or CKAN's ``import requests``
# (the HTTP library) would import this benchmark instead.
HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import io  # noqa: E402
import multiprocessing as mp  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
import zoneinfo  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

ROOT = HERE.parent
DATABASE = "ckan_ppid_bench_requests"
DATABASE_URL = f"postgresql://ckan_ppid:ckan_ppid@127.0.0.1:5432/{DATABASE}"
REDIS_URL = "redis://127.0.0.1:6379/9"
# Never another database, whatever the shell exports.
os.environ["CKAN_SQLALCHEMY_URL"] = DATABASE_URL
os.environ["CKAN_REDIS_URL"] = REDIS_URL

import redis  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402
from ckan import model  # noqa: E402
from ckan.cli import CKANConfigLoader  # noqa: E402
from ckan.config.middleware import make_app  # noqa: E402
from ckan.lib import jobs  # noqa: E402
from ckan.plugins import toolkit  # noqa: E402
from PIL import Image  # noqa: E402
from rq import Worker  # noqa: E402
from rq.registry import StartedJobRegistry  # noqa: E402
from werkzeug.datastructures import FileStorage  # noqa: E402

from ckanext.ppid.documents import receipt_pdf  # noqa: E402
from ckanext.ppid.notifications import mail  # noqa: E402
from ckanext.ppid.requests.filing import receipt as request_receipt  # noqa: E402
from ckanext.ppid.requests.filing.store import clock_settings  # noqa: E402
from ckanext.ppid.requests.lists import queue as request_queue  # noqa: E402
from ckanext.ppid.requests.lists import working_days  # noqa: E402
from ckanext.ppid.requests.model.dispute import Dispute  # noqa: E402
from ckanext.ppid.requests.model.information_request import InformationRequest, RequestApplicant  # noqa: E402
from ckanext.ppid.requests.model.objection import Objection  # noqa: E402
from ckanext.ppid.shell.migrations import upgrade_plugin_tables  # noqa: E402

TZ = zoneinfo.ZoneInfo("Asia/Jakarta")
UNITS = (
    "Dinas Kesehatan",
    "Dinas Pendidikan dan Kebudayaan",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Sosial",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Perhubungan",
    "Dinas Lingkungan Hidup",
    "Badan Keuangan dan Aset Daerah",
    "Badan Perencanaan Pembangunan Daerah",
    "Dinas Penanaman Modal dan PTSP",
    "Dinas Pertanian dan Pangan",
    "Dinas Perumahan dan Kawasan Permukiman",
    "Badan Kepegawaian dan Pengembangan SDM",
    "Dinas Komunikasi dan Informatika",
    "Satuan Polisi Pamong Praja",
    "Badan Penanggulangan Bencana Daerah",
    "Dinas Koperasi dan UKM",
    "Dinas Perindustrian dan Perdagangan",
    "Dinas Tenaga Kerja",
    "Dinas Pariwisata",
    "Dinas Pemuda dan Olahraga",
    "Dinas Perikanan",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "Dinas Pengendalian Penduduk dan KB",
    "Inspektorat Daerah",
    "RSUD Lembah Hijau",
    "Kecamatan Sungai Jernih",
    "Kecamatan Bukit Damar",
    "Kecamatan Tanjung Rawa",
    "Sekretariat DPRD",
)
SUBJECTS = (
    "Daftar puskesmas dan jumlah tenaga kesehatan tahun {year}",
    "Realisasi anggaran belanja modal semester I tahun {year}",
    "Dokumen AMDAL pembangunan pasar rakyat",
    "Data penerima bantuan sosial per kecamatan tahun {year}",
    "Rencana kerja dan anggaran dinas tahun {year}",
    "Daftar proyek jalan dan jembatan tahun {year} beserta nilai kontraknya",
    "Laporan hasil pemeriksaan BPK atas dinas tahun {year}",
    "Jadwal dan biaya uji KIR kendaraan angkutan umum",
)
CHANNELS = {
    "web": 45,
    "langsung": 20,
    "email": 15,
    "surat": 8,
    "lisan": 5,
    "sp4n_lapor": 4,
    "aplikasi": 2,
    "faks": 1,
}
APPLICANT_TYPES = {"perorangan": 85, "badan_hukum": 10, "kelompok_orang": 5}
OUTCOMES = {
    "dikabulkan_seluruhnya": 55,
    "dikabulkan_sebagian": 12,
    "ditolak_dikecualikan": 8,
    "tidak_dikuasai": 10,
    "belum_didokumentasikan": 3,
    "tidak_memenuhi_syarat": 4,
    "sudah_diumumkan": 8,
}
GROUNDS_17 = ("17.h.2", "17.h.3", "17.a.2", "17.b", "17.i", "17.j")
DECISIONS = {
    "menguatkan": 50,
    "membatalkan_perintah_memberikan": 20,
    "memerintahkan_kewajiban": 20,
    "musyawarah_selesai": 10,
}
DISPUTE_RESULTS = (
    "kesepakatan_mediasi",
    "dibuka_seluruhnya",
    "dibuka_sebagian",
    "penolakan_dikuatkan",
    "tidak_diterima",
)


def pick(rnd: random.Random, weights: dict[str, int]) -> str:
    return rnd.choices(list(weights), weights=list(weights.values()))[0]


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def timed(call: Callable[[], Any], repeat: int) -> list[float]:
    for _ in range(5):
        call()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def report(name: str, samples: list[float]) -> None:
    p50, p95, p99 = percentiles(samples)
    print(f"  {name:<58} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms", flush=True)


# ----------------------------------------------------------------------------------------------- set-up
class Inbox:
    """aiosmtpd handler counting the mails the worker sends."""

    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server, session, envelope) -> str:
        self.count += 1
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def write_ini(directory: Path, smtp_port: int) -> Path:
    ini = directory / "bench-requests.ini"
    ini.write_text(
        "[app:main]\n"
        f"use = config:{ROOT / 'test.ini'}\n"
        f"sqlalchemy.url = {DATABASE_URL}\n"
        f"ckan.redis.url = {REDIS_URL}\n"
        f"smtp.server = 127.0.0.1:{smtp_port}\n"
        f"ckan.storage_path = {directory / 'storage'}\n"
        "ckan.jobs.timeout = 300\n"
    )
    return ini


def reset_database() -> None:
    model.repo.clean_db()
    model.repo.init_db()
    upgrade_plugin_tables()
    redis.Redis.from_url(REDIS_URL).flushdb()


def create_people(units: int) -> dict[str, Any]:
    """A sysadmin, the PPID Utama with its admin, the units with one officer each, an Atasan PPID."""
    action = toolkit.get_action
    for name in ("bench-admin", "bench-utama", "bench-atasan"):
        action("user_create")(
            {"ignore_auth": True},
            {"name": name, "email": f"{name}@lembahhijau.example", "password": "bench-password-2026"},
        )
    model.User.by_name("bench-admin").sysadmin = True
    model.Session.commit()
    admin = {"user": "bench-admin"}
    action("organization_create")(
        dict(admin),
        {
            "name": "ppid-utama",
            "title": "PPID Utama Kabupaten Lembah Hijau",
            "jenis_unit": "ppid_utama",
            "kode_unit": "U",
            "users": [
                {"name": "bench-utama", "capacity": "admin"},
                {"name": "bench-atasan", "capacity": "member"},
            ],
        },
    )
    action("ppid_role_grant")(dict(admin), {"user": "bench-atasan", "role": "atasan_ppid"})
    created = []
    for index, title in enumerate(UNITS[:units]):
        officer = f"bench-petugas-{index:02d}"
        action("user_create")(
            {"ignore_auth": True},
            {"name": officer, "email": f"{officer}@lembahhijau.example", "password": "bench-password-2026"},
        )
        created.append(
            action("organization_create")(
                dict(admin),
                {
                    "name": f"opd-{index:02d}",
                    "title": title,
                    "kode_unit": f"D{index:02d}",
                    "unit_induk": "ppid-utama",
                    "kontak_email": f"ppid-{index:02d}@lembahhijau.example",
                    "users": [{"name": officer, "capacity": "editor"}],
                },
            )
        )
    return {"units": created}


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (600, 380), (220, 220, 235)).save(buffer, format="PNG")
    return buffer.getvalue()


KTP = png()


def web_form(unit: str, number: int) -> dict[str, Any]:
    return {
        "unit": unit,
        "applicant_type": "perorangan",
        "name": f"Warga Bench {number}",
        "nik": "3201014501900001",
        "address": f"Jl. Melati No. {number}, Lembah Hijau",
        "phone": "0812-3456-7890",
        "email": f"warga{number}@warga.example",
        "information": SUBJECTS[number % len(SUBJECTS)].format(year=2026),
        "purpose": "Penelitian",
        "way_to_obtain": "salinan_softcopy",
        "delivery_method": "email",
        "identity_document": FileStorage(stream=io.BytesIO(KTP), filename="ktp.png"),
    }


def applicants(count: int) -> list[str]:
    names = [f"bench-warga-{index:03d}" for index in range(count)]
    for name in names:
        if model.User.by_name(name) is None:
            toolkit.get_action("user_create")(
                {"ignore_auth": True},
                {"name": name, "email": f"{name}@warga.example", "password": "bench-password-2026"},
            )
    return names


# ------------------------------------------------------------------------------------ (a) and (d) filing
def file_one(user: str, unit: str, number: int) -> dict[str, Any]:
    return toolkit.get_action("ppid_request_create")({"user": user}, web_form(unit, number))


def filing_throughput(app, people: dict[str, Any], filings: int, ini: Path, inbox: Inbox) -> None:
    """Web filings one after the other while a real worker (another process) works CKAN's job queue."""
    units = [unit["name"] for unit in people["units"]]
    with app._wsgi_app.test_request_context():
        names = applicants(10)
    log = ini.parent / "worker.log"
    worker = subprocess.Popen(
        [str(ROOT / ".venv/bin/ckan"), "-c", str(ini), "jobs", "worker"],
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
        env=os.environ.copy(),
    )
    try:
        with app._wsgi_app.test_request_context():
            queue = jobs.get_queue()
        wait_until(lambda: Worker.all(connection=queue.connection), 120.0, "the RQ worker to start")
        started = time.perf_counter()
        with app._wsgi_app.test_request_context():
            for number in range(filings):
                file_one(names[number % len(names)], units[number % len(units)], number)
                model.Session.remove()
        filed = time.perf_counter() - started
        wait_until(lambda: receipts_built() >= filings, max(120.0, filings * 2.0), "every receipt")
        built = time.perf_counter() - started
        wait_until(lambda: not queue.count and not StartedJobRegistry(queue=queue).count, 120.0, "the mails")
        drained = time.perf_counter() - started
        failed = queue.failed_job_registry.count
    finally:
        stop(worker)
    print(
        f"(a) {filings} web filings (KTP scan stored; receipt and mails queued) through the action layer:\n"
        f"  filing {filed:.1f} s = {filings / filed:.1f} requests/s while one RQ worker builds the receipts\n"
        f"  all {filings} receipts built {built:.1f} s after the first filing = "
        f"{filings / built:.1f} receipts/s; queue empty after {drained:.1f} s "
        f"({inbox.count} mails delivered to the loopback SMTP server, {failed} failed jobs)",
        flush=True,
    )
    if failed:
        raise SystemExit(f"{failed} background jobs failed: see {log}")


def stop(worker: subprocess.Popen) -> None:
    """Stop the worker: RQ's warm shutdown, then a kill if it is still waiting on Redis after 30 s."""
    worker.terminate()
    try:
        worker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()


def wait_until(done: Callable[[], Any], seconds: float, what: str) -> None:
    until = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > until:
            raise SystemExit(f"gave up waiting for {what} after {seconds:.0f} s")
        time.sleep(0.1)


def receipts_built() -> int:
    found = model.Session.execute(
        sa.select(sa.func.count())
        .select_from(InformationRequest)
        .where(InformationRequest.receipt_file.is_not(None))
    ).scalar_one()
    model.Session.remove()
    return found


def receipt_build_time(app, runs: int) -> None:
    with app._wsgi_app.test_request_context():
        cases = model.Session.query(InformationRequest).limit(runs).all()
        samples, cpu, sizes = [], [], []
        with mail.site_language():
            receipt_pdf.render_receipt_pdf(request_receipt.receipt_for(cases[0]))  # warm-up: fonts, templates
            for case in cases:
                started, started_cpu = time.perf_counter(), time.process_time()
                pdf = receipt_pdf.render_receipt_pdf(request_receipt.receipt_for(case))
                samples.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
                sizes.append(len(pdf))
    print(
        f"(d) receipt PDF, {len(samples)} receipts rendered in this process (target < 300 ms):\n"
        f"  wall p50 {statistics.median(samples):.0f} ms  p95 {percentiles(samples)[1]:.0f} ms  "
        f"max {max(samples):.0f} ms; CPU p50 {statistics.median(cpu):.0f} ms; "
        f"size {statistics.median(sizes) / 1024:.0f} KiB; {_load()}",
        flush=True,
    )


# ------------------------------------------------------------------------------------ (b) concurrent filers
def _filer(app, user: str, units: list[str], count: int, offset: int, barrier, failures) -> None:
    model.meta.engine.dispose(close=False)
    with app._wsgi_app.test_request_context():
        barrier.wait()
        for number in range(count):
            try:
                file_one(user, units[(offset + number) % len(units)], offset + number)
            except Exception as error:  # counted and reported: the run fails below
                failures.put(repr(error))
            model.Session.remove()


def concurrent_numbers(app, people: dict[str, Any], filers: int, per_filer: int) -> None:
    units = [unit["name"] for unit in people["units"]]
    with app._wsgi_app.test_request_context():
        names = applicants(filers)
        before = model.Session.execute(
            sa.select(sa.func.count()).select_from(InformationRequest)
        ).scalar_one()
        model.Session.remove()
    model.meta.engine.dispose()
    context = mp.get_context("fork")
    barrier, failures = context.Barrier(filers), context.Queue()
    processes = [
        context.Process(
            target=_filer, args=(app, names[i], units, per_filer, i * per_filer, barrier, failures)
        )
        for i in range(filers)
    ]
    started = time.perf_counter()
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    seconds = time.perf_counter() - started
    errors = []
    while not failures.empty():
        errors.append(failures.get())
    with app._wsgi_app.test_request_context():
        rows = model.Session.execute(
            sa.select(
                InformationRequest.year, InformationRequest.sequence, InformationRequest.registration_number
            )
        ).all()
    total = before + filers * per_filer
    sequences = sorted(row.sequence for row in rows)
    numbers = {row.registration_number for row in rows}
    gapless = sequences == list(range(1, len(sequences) + 1))
    print(
        f"(b) {filers} processes filing {per_filer} requests each at once ({filers * per_filer} filings, "
        f"{before} filed before, {seconds:.1f} s):\n"
        f"  {len(rows)} requests stored (expected {total}), {len(numbers)} distinct registration numbers, "
        f"sequence 1..{sequences[-1] if sequences else 0}: "
        f"{'no gap, no duplicate' if gapless else 'GAPS OR DUPLICATES'}; failed filings: {len(errors)}",
        flush=True,
    )
    if (
        errors
        or len(rows) != total
        or len(numbers) != total
        or not gapless
        or len({r.year for r in rows}) != 1
    ):
        raise SystemExit(f"registration numbers are wrong: {errors[:3]}")


# ------------------------------------------------------------------------------------ (c) bulk cases
class Days:
    """The working days of the bench's span, for due dates without walking the calendar per case."""

    def __init__(self, first: dt.date, last: dt.date) -> None:
        calendar = clock_settings().calendar
        self.calendar = calendar
        self.index = working_days.index_for(calendar, first, last)
        self.working = [
            first + dt.timedelta(days=i)
            for i, n in enumerate(self.index.ordinals)
            if i and n != self.index.ordinals[i - 1]
        ]

    def after(self, day: dt.date, n: int) -> dt.date:
        """The nth working day after ``day``."""
        return self.working[self.index.ordinal(day) + n - 1]

    def received(self, moment: dt.datetime) -> dt.date:
        return self.calendar.deemed_received(moment, "Asia/Jakarta").day


def _moment(day: dt.date, rnd: random.Random) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rnd.randint(8, 14), rnd.randint(0, 59)), tzinfo=TZ)


def generate_cases(
    count: int, units: list[dict], today: dt.date, rnd: random.Random
) -> dict[str, list[dict]]:
    """Four years of requests, their applicants, objections and disputes, as rows for bulk insertion."""
    span = 4 * 365
    days = Days(today - dt.timedelta(days=span + 10), today + dt.timedelta(days=120))
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(units))]
    requests, applicants_, objections, disputes = [], [], [], []
    sequence: dict[int, int] = {}
    objection_sequence: dict[int, int] = {}
    # More requests in recent years: density grows linearly towards today. Numbered in order of receipt.
    arrivals = []
    for _ in range(count):
        day = today - dt.timedelta(days=int(span * (1 - rnd.random() ** 0.5)))
        web = rnd.random() < CHANNELS["web"] / 100
        hour = rnd.randint(0, 23) if web else rnd.randint(8, 14)
        arrivals.append((dt.datetime.combine(day, dt.time(hour, rnd.randint(0, 59)), tzinfo=TZ), web))
    arrivals.sort()
    for number, (moment, web) in enumerate(arrivals):
        received_day = days.received(moment)
        if received_day > today:
            received_day, moment = today, _moment(today, rnd)
        year = moment.astimezone(TZ).year
        sequence[year] = sequence.get(year, 0) + 1
        unit = rnd.choices(units, weights=weights)[0]
        notice_due = days.after(received_day, 10)
        case = {
            "id": str(uuid.uuid4()),
            "registration_number": f"{sequence[year]:05d}/PPID-{unit['kode_unit']}/{year}",
            "year": year,
            "sequence": sequence[year],
            "channel": "web" if web else pick(rnd, {k: v for k, v in CHANNELS.items() if k != "web"}),
            "applicant_type": pick(rnd, APPLICANT_TYPES),
            "unit_id": unit["id"],
            "current_unit_id": unit["id"],
            "information": rnd.choice(SUBJECTS).format(year=year - 1),
            "purpose": "Bahan kajian",
            "way_to_obtain": "salinan_softcopy",
            "delivery_method": "email",
            "received_at": moment,
            "received_day": received_day,
            "due_dates": {"pemberitahuan_tertulis": notice_due.isoformat()},
            "next_due": None,
            "notice": None,
            "notice_sent_at": None,
            "extended_at": None,
            "outcome": None,
            "closed_at": None,
            "delivered_at": None,
        }
        fate = rnd.random()
        if fate < 0.05:  # withdrawn within a week
            closed = days.after(received_day, rnd.randint(1, 5))
            if closed <= today:
                case.update(status="selesai", outcome="dibatalkan_pemohon", closed_at=_moment(closed, rnd))
            else:
                case.update(status="diterima", next_due=notice_due)
            requests.append(case)
        else:
            never = fate < 0.057  # left unanswered: the queue's long-overdue cases
            extended = not never and rnd.random() < 0.12
            delay = (
                rnd.randint(11, 17)
                if extended
                else rnd.randint(18, 30)
                if rnd.random() < 0.05
                else rnd.randint(1, 10)
            )
            notice_day = days.after(received_day, delay)
            extension_due = days.after(notice_due, 7)
            if extended:
                extended_day = days.after(received_day, rnd.randint(6, 10))
                if extended_day <= today:
                    case["extended_at"] = _moment(extended_day, rnd)
                    case["due_dates"]["perpanjangan"] = extension_due.isoformat()
            if never or notice_day > today:
                elapsed = days.index.between(received_day, today)
                status = "diterima" if elapsed < 1 else "verifikasi" if elapsed < 3 else "diproses"
                case.update(status=status, next_due=extension_due if case["extended_at"] else notice_due)
            else:
                _answer(case, notice_day, days, today, rnd)
            requests.append(case)
        applicants_.append(
            {
                "id": str(uuid.uuid4()),
                "request_id": case["id"],
                "name": f"Pemohon {number}",
                "nik": f"3201{number:012d}",
                "address": f"Jl. Kenanga No. {number % 300}, Lembah Hijau",
                "phone": f"0812{number:08d}",
                "email": f"pemohon{number}@warga.example",
            }
        )
        if case.get("notice_sent_at") and rnd.random() < 0.03:
            _object(case, days, today, rnd, objections, disputes, objection_sequence)
    return {"requests": requests, "applicants": applicants_, "objections": objections, "disputes": disputes}


def _answer(case: dict, notice_day: dt.date, days: Days, today: dt.date, rnd: random.Random) -> None:
    outcome = pick(rnd, OUTCOMES)
    notice: dict[str, Any] = {"held": outcome != "tidak_dikuasai"}
    if outcome in ("dikabulkan_sebagian", "ditolak_dikecualikan"):
        notice["exemption_grounds"] = rnd.sample(GROUNDS_17, rnd.randint(1, 2))
        notice["register_items"] = ["dik-item"]
    case.update(
        outcome=outcome,
        notice=notice,
        notice_sent_at=_moment(notice_day, rnd),
        status="pemberitahuan_dikirim",
    )
    closing = days.after(notice_day, rnd.randint(1, 15))
    if closing <= today:
        case["closed_at"] = _moment(closing, rnd)
        case["status"] = "selesai"
        if outcome in ("dikabulkan_seluruhnya", "dikabulkan_sebagian"):
            case["delivered_at"] = case["closed_at"]


def _object(case, days, today, rnd, objections, disputes, sequence) -> None:
    filed = days.after(case["notice_sent_at"].date(), rnd.randint(1, 20))
    if filed > today:
        return
    year = filed.year
    sequence[year] = sequence.get(year, 0) + 1
    ground = (
        "a_penolakan_ps17"
        if case["outcome"] in ("ditolak_dikecualikan", "dikabulkan_sebagian")
        else rnd.choice(
            ("d_tidak_sebagaimana_diminta", "e_tidak_dipenuhi", "f_biaya_tidak_wajar", "g_melebihi_waktu")
        )
    )
    due = days.after(filed, 30)
    decided = days.after(filed, rnd.randint(5, 32))
    objection = {
        "id": str(uuid.uuid4()),
        "request_id": case["id"],
        "number": f"{sequence[year]:04d}/KEB/{year}",
        "year": year,
        "sequence": sequence[year],
        "received_at": _moment(filed, rnd),
        "received_day": filed,
        "grounds": [ground],
        "statement": "Keberatan pemohon",
        "filer_role": "pemohon",
        "due_dates": {"tanggapan_atasan": due.isoformat()},
        "status": "diregistrasi",
        "next_due": due,
        "decision": None,
        "decided_at": None,
    }
    if decided <= today:
        decision = pick(rnd, DECISIONS)
        if decision == "musyawarah_selesai" and ground.startswith("a_"):
            decision = "menguatkan"
        objection.update(
            status="ditanggapi", decision=decision, decided_at=_moment(decided, rnd), next_due=None
        )
        filed_dispute = days.after(decided, rnd.randint(1, 14))
        if rnd.random() < 0.2 and filed_dispute <= today:
            objection["status"] = "sengketa"
            disputes.append(
                {
                    "id": str(uuid.uuid4()),
                    "objection_id": objection["id"],
                    "request_id": case["id"],
                    "status": rnd.choice(("didaftarkan", "mediasi", "ajudikasi", "putusan", "selesai")),
                    "forum": "ki_provinsi",
                    "grounds": [ground],
                    "filed_at": _moment(filed_dispute, rnd),
                    "result": rnd.choice(DISPUTE_RESULTS) if rnd.random() < 0.5 else None,
                }
            )
    elif rnd.random() < 0.3:
        objection["status"] = "diajukan"
    objections.append(objection)


def bulk_insert(rows: dict[str, list[dict]]) -> None:
    session = model.Session
    tables = (
        (InformationRequest.__table__, "requests"),
        (RequestApplicant.__table__, "applicants"),
        (Objection.__table__, "objections"),
        (Dispute.__table__, "disputes"),
    )
    for table, key in tables:
        batch = rows[key]
        for start in range(0, len(batch), 5000):
            session.execute(sa.insert(table), batch[start : start + 5000])
    years = {}
    for case in rows["requests"]:
        years[case["year"]] = max(years.get(case["year"], 0), case["sequence"])
    session.execute(
        sa.text("INSERT INTO ppid_request_sequence (year, last_value) VALUES (:year, :last)"),
        [{"year": year, "last": last} for year, last in years.items()],
    )
    session.commit()
    session.execute(sa.text("ANALYZE"))
    session.commit()


def page_of(response: Any) -> str:
    """The page's HTML; stops the run if it is not the queue with its rows."""
    body = response.get_data(as_text=True)
    if response.status_code != 200 or "ppid-queue-row" not in body:
        raise SystemExit(f"GET /ppid/antrian answered {response.status_code} without the queue")
    return body


def latency(app, cases: int, repeat: int, rnd: random.Random) -> None:
    with app._wsgi_app.test_request_context():
        reset_database()
        people = create_people(len(UNITS))
        today = clock_settings().local_day(dt.datetime.now(dt.timezone.utc))
        units = [{"id": unit["id"], "kode_unit": unit["kode_unit"]} for unit in people["units"]]
        started = time.perf_counter()
        rows = generate_cases(cases, units, today, rnd)
        generated = time.perf_counter() - started
        bulk_insert(rows)
        inserted = time.perf_counter() - started - generated
        token = toolkit.get_action("api_token_create")(
            {"user": "bench-petugas-00"}, {"user": "bench-petugas-00", "name": "bench"}
        )["token"]
        model.Session.remove()
    requests = rows["requests"]
    open_count = sum(1 for case in requests if case["status"] != "selesai")
    overdue = sum(1 for case in requests if case["next_due"] and case["next_due"] < today)
    waiting = sum(1 for row in rows["objections"] if row["status"] in ("diajukan", "diregistrasi"))
    print(
        f"(c) N = {len(requests):,} cases over four years in {len(units)} units + their applicants "
        f"({len(rows['objections']):,} objections, {len(rows['disputes']):,} disputes); "
        f"generated in {generated:.0f} s, "
        f"inserted in {inserted:.0f} s\n"
        f"  {open_count:,} open ({overdue:,} overdue), {waiting:,} objections awaiting a decision; "
        f"{repeat} timed runs each after 5 warm-ups",
        flush=True,
    )
    busiest = people["units"][0]
    this_year = today.year
    client = app._wsgi_app.test_client()
    with app._wsgi_app.test_request_context():
        calendar = clock_settings().calendar
        everything = request_queue.QueueQuery(statuses=request_queue.OPEN_REQUEST_STATUSES)
        one_unit = request_queue.QueueQuery(
            statuses=request_queue.OPEN_REQUEST_STATUSES, units=frozenset({busiest["id"]})
        )
        action = toolkit.get_action

        def run(call: Callable[[], Any]) -> Callable[[], Any]:
            def once() -> Any:
                try:
                    return call()
                finally:
                    model.Session.remove()

            return once

        cases_ = {
            "queue page query, every unit (PPID Utama), page 1": lambda: request_queue.requests_page(
                everything, today, calendar
            ),
            f"queue page query, one unit ({busiest['title']})": lambda: request_queue.requests_page(
                one_unit, today, calendar
            ),
            "ppid_request_queue action, unit officer": lambda: action("ppid_request_queue")(
                {"user": "bench-petugas-00"}, {}
            ),
            "ppid_request_queue action, PPID Utama, overdue, page 5": lambda: action("ppid_request_queue")(
                {"user": "bench-utama"}, {"urgency": "terlambat", "offset": 100}
            ),
            "ppid_objection_queue action, Atasan PPID": lambda: action("ppid_objection_queue")(
                {"user": "bench-atasan"}, {}
            ),
            "ppid_request_register_list, anonymous, page 1": lambda: action("ppid_request_register_list")(
                {"user": ""}, {}
            ),
        }
        for name, call in cases_.items():
            report(name, timed(run(call), repeat))
        for year in (this_year, this_year - 1):
            report(
                f"ppid_request_statistics {year}",
                timed(
                    run(lambda year=year: action("ppid_request_statistics")({"user": ""}, {"year": year})),
                    max(repeat // 2, 100),
                ),
            )
    # Outside the request context above: a page request there would share its anonymous session.
    report(
        "GET /ppid/antrian (rendered page over HTTP), unit officer",
        timed(lambda: page_of(client.get("/ppid/antrian", headers={"Authorization": token})), repeat),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filings", type=int, default=60)
    parser.add_argument("--filers", type=int, default=20)
    parser.add_argument("--per-filer", type=int, default=10)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--receipts", type=int, default=50)
    args = parser.parse_args()

    subprocess.run([str(ROOT / "scripts/database.sh"), DATABASE], check=True, stdout=subprocess.DEVNULL)
    inbox = Inbox()
    port = free_port()
    smtp = Controller(inbox, hostname="127.0.0.1", port=port)
    smtp.start()
    rnd = random.Random(2026)
    try:
        with tempfile.TemporaryDirectory(prefix="ppid-bench-requests-") as directory:
            ini = write_ini(Path(directory), port)
            app = make_app(CKANConfigLoader(str(ini)).get_config())
            print(f"ppid_requests benchmark on {os.cpu_count()} cores; {_load()}", flush=True)
            with app._wsgi_app.test_request_context():
                reset_database()
                people = create_people(len(UNITS))
            filing_throughput(app, people, args.filings, ini, inbox)
            receipt_build_time(app, args.receipts)
            concurrent_numbers(app, people, args.filers, args.per_filer)
            latency(app, args.cases, args.repeat, rnd)
            print(_load(), flush=True)
    finally:
        smtp.stop()


def _load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


if __name__ == "__main__":
    main()
