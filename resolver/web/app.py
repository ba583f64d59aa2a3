"""The review web page and its JSON API. Server-rendered with Jinja2 (autoescaping on: article
titles and text are untrusted and always escaped; only http(s) URLs become links; market ids are
URL-encoded path segments), no inline script (the one script is a static file), state changes only by POST with a CSRF token the
server signed (double-submit cookie), optional token auth for writes checked before a body is
read, bodies capped, security headers on every response (resolver.web.security), and an
OpenAPI schema at /openapi.json. Calls resolver.services only."""

from __future__ import annotations

from datetime import date, datetime, timezone
from importlib import resources
from typing import Any, Callable, Literal

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import export as export_mod
from ..errors import BadInput, NotFound, ResolverError
from ..ingest import in_range
from ..engine import outcome_id
from ..review import RESOLUTIONS, VERDICTS
from ..services import App
from ..store.secrets_repo import server_secret
from . import present
from .links import safe_href, segment
from .security import MAX_BODY, Guard, Signer, as_bytes, same
from .timeline import TimelineData, render as render_timeline

CSRF_COOKIE = "resolver_csrf"
TOKEN_COOKIE = "resolver_token"
ANALYST_COOKIE = "resolver_analyst"
HERE = resources.files("resolver.web")  # templates and static files ship as package data
TEMPLATES = Jinja2Templates(directory=str(HERE / "templates"))
TEMPLATES.env.filters["safe_href"] = safe_href
TEMPLATES.env.filters["segment"] = segment
TEMPLATES.env.globals.update(t=present.time_tag, age=present.age, paragraphs=present.paragraphs)


class DecisionIn(BaseModel):
    """A decision posted to the API."""

    action: Literal["accept", "override", "defer"]
    outcome: str = ""
    verdict: Literal["likely-yes", "likely-no", "undetermined"] | None = None
    resolution: Literal["YES", "NO", "N/A"] | None = None
    note: str = ""
    analyst: str | None = None
    until: datetime | None = Field(default=None, description="defer: when to look again (ISO 8601 with offset)")

    @field_validator("until")
    @classmethod
    def _until_aware_in_range(cls, v: datetime | None) -> datetime | None:
        if v is None:
            return v
        if v.tzinfo is None:
            raise ValueError("needs a timezone offset (e.g. 2030-05-01T00:00:00+00:00)")
        try:
            in_range(v, "until")
        except BadInput as exc:
            raise ValueError(str(exc)) from None
        return v


def _time_left(deadline: datetime, now: datetime) -> str:
    hours = (deadline - now).total_seconds() / 3600
    if hours < 0:
        return f"passed {-hours / 24:.1f} days ago" if hours < -48 else f"passed {-hours:.0f} h ago"
    return f"{hours / 24:.1f} days left" if hours > 48 else f"{hours:.0f} h left"


def form_date(value: str, field: str) -> datetime:
    """A date typed in a form (YYYY-MM-DD) as midnight UTC; BadInput for anything else."""
    try:
        day = date.fromisoformat(value.strip()) if len(value.strip()) == 10 else None
    except ValueError:
        day = None
    if day is None:
        raise BadInput(f"{field}: not a date (YYYY-MM-DD): {value[:40]!r}")
    return in_range(datetime(day.year, day.month, day.day, tzinfo=timezone.utc), field)


def highlight(text: str, sentences: list[str], opinion_quotes: list[str] = ()) -> Markup:
    """Escape the article text, then mark each quoted sentence (also escaped) in it: the rules'
    sentences, then the verified citations of a model's second opinion (class "opinion")."""
    out = str(escape(text))
    for sentence in sorted(set(sentences), key=len, reverse=True):
        esc = str(escape(sentence))
        if esc and esc in out:
            out = out.replace(esc, f"<mark>{esc}</mark>", 1)
    for quote in sorted(set(opinion_quotes), key=len, reverse=True):
        esc = str(escape(quote))
        if esc and esc in out:
            out = out.replace(esc, f'<mark class="opinion">{esc}</mark>', 1)
    return Markup(out)


def create_app(service: App, analyst: str, now: Callable[[], datetime] | None = None) -> FastAPI:
    """The web application bound to one resolver App."""
    clock = now or (lambda: datetime.now(timezone.utc).replace(microsecond=0))
    token = service.settings.server.token
    signer = Signer(server_secret(service.engine, "csrf"))
    web = FastAPI(title="resolver", version="1", description="Review queue, market pages and verdict exports.",
                  docs_url=None, redoc_url=None)
    web.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")


    def wants_html(request: Request) -> bool:
        path = request.url.path
        return not (path.startswith("/api/") or path == "/openapi.json" or path.startswith("/static/"))

    @web.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """HTML routes answer a missing page with an HTML page; the API keeps JSON."""
        if exc.status_code == 404 and wants_html(request) and request.method in ("GET", "HEAD"):
            return TEMPLATES.TemplateResponse(request, "404.html", {"detail": exc.detail, "path": request.url.path},
                                              status_code=404)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @web.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        """422 with what was wrong, without echoing the input: a client's NaN or Infinity
        cannot be written as JSON (it made the default handler fail with a 500)."""
        errors = [{k: v for k, v in e.items() if k not in ("input", "url")} for e in exc.errors()]
        return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)

    @web.exception_handler(ResolverError)
    async def _resolver_error(request: Request, exc: ResolverError) -> Response:
        status = 404 if isinstance(exc, NotFound) else 400 if isinstance(exc, BadInput) else 500
        if status == 404 and wants_html(request) and request.method in ("GET", "HEAD"):
            return TEMPLATES.TemplateResponse(request, "404.html", {"detail": str(exc), "path": request.url.path},
                                              status_code=404)
        return JSONResponse({"detail": str(exc)}, status_code=status)

    def session_of(request: Request) -> bytes:
        """What a CSRF token is bound to: the login cookie as sent (empty before sign-in)."""
        return as_bytes(request.cookies.get(TOKEN_COOKIE), from_header=True)

    def csrf_token(request: Request) -> str:
        """The client's CSRF cookie when the server signed it for this session, else a new one."""
        cookie = request.cookies.get(CSRF_COOKIE)
        session = session_of(request)
        if cookie and signer.valid_csrf(as_bytes(cookie, from_header=True), session):
            return cookie
        return signer.new_csrf(session)

    def authenticated(request: Request) -> tuple[bool, bool]:
        """(allowed to write, by a Bearer header): true without a server token, else the token as
        `Authorization: Bearer …` or the login cookie. Compared as bytes."""
        if not token:
            return True, False
        bearer = as_bytes(request.headers.get("authorization"), from_header=True)
        if same(bearer, b"Bearer " + token.encode("utf-8")):
            return True, True
        cookie = as_bytes(request.cookies.get(TOKEN_COOKIE), from_header=True)
        return same(cookie, signer.login_cookie(token).encode()), False

    def csrf_ok(request: Request, form_value: str | None) -> bool:
        """The CSRF cookie is a token this server signed, and the form field (or, when
        `form_value` is None, the X-CSRF-Token header) repeats it."""
        cookie = as_bytes(request.cookies.get(CSRF_COOKIE), from_header=True)
        sent = (as_bytes(request.headers.get("x-csrf-token"), from_header=True) if form_value is None
                else as_bytes(form_value))
        return signer.valid_csrf(cookie, session_of(request)) and same(cookie, sent)

    def precheck(request: Request) -> tuple[int, str] | None:
        """Before a write's body is read: the server token (all but /login), and for the API
        the X-CSRF-Token header (forms carry theirs in the body, checked by the handler)."""
        if request.url.path == "/login":
            return None
        ok, bearer = authenticated(request)
        if not ok:
            return 401, "a token is required to record decisions (sign in at /login)"
        if request.url.path.startswith("/api/") and not bearer and not csrf_ok(request, None):
            return 403, "missing or wrong CSRF token: reload the page and try again"
        return None

    def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
        csrf = csrf_token(request)
        resp = TEMPLATES.TemplateResponse(request, name, {**context, "csrf": csrf}, status_code=status)
        resp.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict")
        return resp

    def check_write(request: Request, form_csrf: str | None) -> None:
        """Writes need a CSRF token the server signed, repeated by the form (or X-CSRF-Token
        for the API) and, when a server token is configured, that token (Bearer header or
        login cookie)."""
        ok, bearer = authenticated(request)
        if not ok:
            raise HTTPException(401, "a token is required to record decisions (sign in at /login)")
        if bearer:
            return  # scripts with the token need no cookie
        if not csrf_ok(request, form_csrf):
            raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")

    def market_context(market_id: str, form: dict[str, str] | None = None,
                       request: Request | None = None) -> dict[str, Any]:
        now = clock()
        market = service.market(market_id)
        finals = {o: (v, f) for m, o, v, f in service.finals(market_id)}
        timeline = service.timeline(market_id)
        outcomes = []
        ids = [(outcome_id(label), label) for label in market.outcomes] or [(None, "")]
        labels = {oid: label for oid, label in ids if oid}
        queue = {i["outcome"]: i for i in service.queue(now, market_id)}
        for oid, label in ids:
            v, f = finals.get(oid, (None, None))
            q = queue.get(oid)
            outcomes.append({"id": oid or "", "label": label, "verdict": v, "final": f,
                             "queue": {"reason": q["reason"], "flagged": q["flagged"]} if q else None})
        cited: dict[str, list[str]] = {}
        for o in outcomes:
            for c in (o["verdict"].contributions if o["verdict"] else []):
                if c.article_url and c.sentence:
                    cited.setdefault(c.article_url, []).append(c.sentence)
        opinions = service.second_opinions(market_id)
        quoted: dict[int, list[str]] = {}
        for o in outcomes:
            o["opinion"] = opinions.get((market_id, o["id"]))
            op = (o["opinion"] or {}).get("opinion")
            for c in (op["citations"] if op else []):
                if c["verified"]:
                    quoted.setdefault(c["article_id"], []).append(c["quote"])
        id_of = {url: i for i, url in service.evidence_ids(market_id).items()}
        evidence = [{"article": art, "link": link, "id": id_of.get(art.url),
                     "body": highlight(art.text, cited.get(art.url, []), quoted.get(id_of.get(art.url), []))}
                    for art, link in service.evidence(market_id)]
        prices = {o: p for (_, o), p in service.price_flags(market_id).items()}
        for o in outcomes:
            o["price"] = prices.get(o["id"])
        history = [{"at": ev["at"], "kind": ev["kind"], "outcome": ev["outcome"],
                    "sentence": present.history_sentence(ev, labels)} for ev in timeline]
        remembered = request.cookies.get(ANALYST_COOKIE, "") if request is not None else ""
        values = {"action": "", "target": "", "until": "", "note": "", "outcome": "",
                  "analyst": remembered or analyst, **(form or {})}
        return {"market": market, "outcomes": outcomes, "evidence": evidence, "history": history,
                "multi": bool(market.outcomes), "venue": service.venue_info(market_id),
                "time_left": _time_left(market.deadline, now), "targets": [*VERDICTS, *RESOLUTIONS],
                "form": values, "now": now,
                "timeline_svg": render_timeline(timeline_data(market, ids, outcomes, evidence, timeline, now))}

    def timeline_data(market, ids, outcomes, evidence, timeline, now) -> TimelineData:
        """What the SVG timeline draws, from the latest verdicts, the history and the prices."""
        by_article: dict[str, tuple[float, str]] = {}
        for o in outcomes:
            for c in (o["verdict"].contributions if o["verdict"] else []):
                if not c.article_url or not c.counted or c.direction == "none":
                    continue
                weight = c.weight
                best = by_article.get(c.article_url)
                if best is None or abs(weight) > abs(best[0]):
                    by_article[c.article_url] = (weight, o["label"])
        articles = []
        for e in evidence:
            art = e["article"]
            weight, who = by_article.get(art.url, (0.0, ""))
            articles.append({"at": art.published, "title": art.title, "weight": weight, "outcome": who,
                             "direction": "yes" if weight > 0 else "no" if weight < 0 else "none"})
        labels = {oid or "": label for oid, label in ids}
        suggestions = [{"at": datetime.fromisoformat(ev["as_of"]), "outcome": ev["outcome"] or "",
                        "verdict": ev["verdict"]} for ev in timeline if ev["kind"] == "suggestion"]
        decisions = [{"at": datetime.fromisoformat(ev["at"]), "outcome": ev["outcome"] or "",
                      "text": present.history_sentence(ev, {k: v for k, v in labels.items() if k})}
                     for ev in timeline if ev["kind"] == "decision"]
        prices = service.price_history(market.id)
        return TimelineData(deadline=market.deadline, lanes=[(oid or "", label) for oid, label in ids],
                            articles=articles, suggestions=suggestions, decisions=decisions, prices=prices, now=now)

    def queue_rows() -> list[dict[str, Any]]:
        rows = service.queue(clock())
        for r in rows:
            r["time_left"] = _time_left(r["market"].deadline, clock())
            r["label"] = next((o for o in r["market"].outcomes if outcome_id(o) == r["outcome"]), r["outcome"])
        return rows

    # pages -------------------------------------------------------------------------------
    @web.get("/", response_class=HTMLResponse, include_in_schema=False)
    def queue_page(request: Request) -> HTMLResponse:
        items = queue_rows()
        return page(request, "queue.html", {"items": items, "counts": present.queue_counts(items, clock()),
                                            "now": clock()})

    @web.get("/markets", response_class=HTMLResponse, include_in_schema=False)
    def markets_page(request: Request) -> HTMLResponse:
        return page(request, "markets.html", {"rows": service.finals(), "now": clock()})

    @web.get("/markets/{market_id}", response_class=HTMLResponse, include_in_schema=False)
    def market_page(request: Request, market_id: str, action: str = "", outcome: str = "") -> HTMLResponse:
        """The market page; an error message is shown only for a form this server refused (never
        from the query string, where any site could write one: "call this number")."""
        try:
            ctx = market_context(market_id, {k: v for k, v in (("action", action), ("outcome", outcome))
                                             if v and len(v) < 200}, request)
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from None
        return page(request, "market.html", {**ctx, "error": None})

    @web.get("/markets/{market_id}/{outcome}", include_in_schema=False)
    def outcome_page(market_id: str, outcome: str) -> Response:
        """'market/outcome', the form the CLI prints, opens the market with that outcome picked."""
        if outcome == "decide":
            raise HTTPException(405, "decisions are recorded by POST", headers={"Allow": "POST"})
        try:
            mid, oid = service.resolve_id(f"{market_id}/{outcome}")
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from None
        return RedirectResponse(f"/markets/{segment(mid)}?outcome={segment(oid)}#outcome-{segment(oid)}",
                                status_code=307)

    @web.post("/markets/{market_id}/decide", include_in_schema=False)
    def decide_form(request: Request, market_id: str, action: str = Form(""), target: str = Form(""),
                    note: str = Form(""), outcome: str = Form(""), until: str = Form(""),
                    analyst_name: str = Form("", alias="analyst"), csrf: str = Form("")) -> Response:
        check_write(request, csrf)
        typed = {"action": action, "target": target, "note": note, "outcome": outcome, "until": until,
                 "analyst": analyst_name}
        who = analyst_name.strip() or analyst
        kwargs: dict[str, Any] = {"outcome": outcome}
        try:
            if action not in ("accept", "override", "defer"):
                raise BadInput("choose a decision: accept, override or defer")
            if not who:
                raise BadInput("say who decides: the analyst field is required")
            if action == "override":
                kwargs["resolution" if target in RESOLUTIONS else "verdict"] = target or None
            if action == "defer" and until:
                kwargs["revisit_at"] = form_date(until, "Defer until")
            service.decide(market_id, action, note, who, clock(), **kwargs)
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from None
        except BadInput as exc:
            ctx = market_context(market_id, typed, request)
            return page(request, "market.html", {**ctx, "error": str(exc)}, status=400)
        resp = RedirectResponse(f"/markets/{segment(market_id)}", status_code=303)
        resp.set_cookie(ANALYST_COOKIE, who[:200], httponly=True, samesite="strict")
        return resp

    @web.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request) -> HTMLResponse:
        return page(request, "login.html", {})

    @web.post("/login", include_in_schema=False)
    def login(request: Request, token_in: str = Form("", alias="token"), csrf: str = Form("")) -> Response:
        if not csrf_ok(request, csrf):
            raise HTTPException(403, "missing or wrong CSRF token")
        if not token or not same(as_bytes(token_in), token.encode("utf-8")):
            return page(request, "login.html", {"error": "wrong token"}, status=401)
        resp = RedirectResponse("/", status_code=303)
        resp.set_cookie(TOKEN_COOKIE, signer.login_cookie(token), httponly=True, samesite="strict")
        return resp

    @web.get("/export.{fmt}", include_in_schema=False)
    def export_file(fmt: str, final: bool = False) -> Response:
        return _export(fmt, final)

    def _export(fmt: str, final: bool) -> Response:
        if fmt not in export_mod.FORMATS:
            raise HTTPException(404, f"unknown format {fmt}")
        opinions = {k: v["opinion"] for k, v in service.second_opinions().items()}
        rows = ([export_mod.record(m, o, v, f, opinion=opinions.get((m.id, o or ""))) for m, o, v, f in service.finals()]
                if final else [export_mod.record(m, o, v, opinion=opinions.get((m.id, o or "")))
                               for m, o, v in service.latest()])
        media = {"csv": "text/csv", "json": "application/json", "jsonl": "application/x-ndjson"}[fmt]
        name = f"verdicts{'-final' if final else ''}.{fmt}"
        return Response(export_mod.render(rows, fmt), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    # API -----------------------------------------------------------------------------------
    @web.get("/api/queue", tags=["review"])
    def api_queue() -> list[dict[str, Any]]:
        """The review queue, nearest deadline first."""
        return [{"market": i["market"].id, "outcome": i["outcome"], "question": i["market"].question,
                 "deadline": i["market"].deadline.isoformat(), "suggestion": i["verdict"].verdict,
                 "score": i["verdict"].score, "reason": i["reason"], "flagged": i["flagged"],
                 "new_evidence": [a.url for a in i["new_evidence"]]} for i in service.queue(clock())]

    @web.get("/api/markets", tags=["markets"])
    def api_markets() -> list[dict[str, Any]]:
        """Every market (per outcome) with its suggestion and final verdict."""
        return [export_mod.record(m, o, v, f) | {"reasoning": None} for m, o, v, f in service.finals()]

    @web.get("/api/markets/{market_id}", tags=["markets"])
    def api_market(market_id: str) -> dict[str, Any]:
        """A market: question, outcomes, evidence, suggestion with reasoning, final verdict."""
        ctx = market_context(market_id)
        return {
            "market": ctx["market"].model_dump(mode="json"),
            "outcomes": [{"id": o["id"] or None, "label": o["label"] or None,
                          "suggestion": o["verdict"].model_dump(mode="json") if o["verdict"] else None,
                          "final": {"verdict": o["final"].verdict, "resolution": o["final"].resolution,
                                    "source": o["final"].source} if o["final"] else None,
                          "queue": o["queue"], "second_opinion": o["opinion"]} for o in ctx["outcomes"]],
            "evidence": [{**e["article"].model_dump(mode="json"), "article_id": e["id"], **e["link"]}
                         for e in ctx["evidence"]],
        }

    @web.get("/api/markets/{market_id}/history", tags=["markets"])
    def api_history(market_id: str) -> list[dict[str, Any]]:
        """Suggestions, decisions and rule-set versions, oldest first."""
        return service.timeline(market_id)

    @web.post("/api/markets/{market_id}/decisions", tags=["review"], status_code=201)
    def api_decide(market_id: str, body: DecisionIn, request: Request) -> dict[str, Any]:
        """Record a decision (send X-CSRF-Token, or a Bearer token when the server has one)."""
        check_write(request, None)
        return service.decide(market_id, body.action, body.note, body.analyst or analyst, clock(), outcome=body.outcome,
                              verdict=body.verdict, resolution=body.resolution, revisit_at=body.until)

    @web.get("/api/export", tags=["export"])
    def api_export(format: Literal["csv", "json", "jsonl"] = "json", final: bool = False) -> Response:  # noqa: A002
        """Verdict export, as the CLI's `resolver export`."""
        return _export(format, final)

    web.add_middleware(Guard, precheck=precheck, max_body=MAX_BODY)
    return web
