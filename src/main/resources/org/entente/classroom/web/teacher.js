// Entente classroom, the teacher's page: the join code in large type for the projector, every table
// live (long polling), the pairing mode, results.csv, the debrief, and ending the class.
"use strict";

(() => {
  const {el, fill, api, f2, describe, follow, teacherToken, RESULTS} = Entente;
  const $ = id => document.getElementById(id);
  const token = teacherToken();
  let state = null;

  function notice(text, kind) {
    const n = $("notice");
    n.textContent = text || "";
    n.className = "notice " + (kind || "error");
    n.hidden = !text;
  }

  if (!token) {
    notice("This page needs the teacher's token: open the teacher's URL printed when the classroom started.");
    return;
  }

  $("join-url").textContent = location.host;
  $("debrief").href = "/debrief#token=" + encodeURIComponent(token);

  function render(s) {
    state = s;
    fill($("scenario"), s.scenario + " · " + s.protocol.replace(/_/g, " ") + " · deadline " + s.deadline + " rounds");
    $("join-code").textContent = s.code;
    $("mode").value = s.mode;
    const finished = s.tables.filter(t => t.status === "finished");
    const agreed = finished.filter(t => t.outcome && t.outcome.result === "agreement");
    fill($("counts"), el("strong", {text: s.students}), s.students === 1 ? " student · " : " students · ",
      el("strong", {text: s.tables.length}), s.tables.length === 1 ? " table · " : " tables · ", el("strong", {text: finished.length}), " finished · ",
      el("strong", {text: agreed.length}), agreed.length === 1 ? " ratified agreement" : " ratified agreements",
      s.ended ? el("span", {class: "warn", text: " · the class has ended"}) : "");
    $("end").disabled = s.ended;
    fill($("tables"), s.tables.length ? s.tables.slice().reverse().map(t => table(s, t))
      : el("p", {class: "muted", text: "No one has joined yet."}));
  }

  function partyName(s, id) {
    const p = s.parties.find(x => x.id === id);
    return p ? p.name : id;
  }

  function table(s, t) {
    const seats = t.seats.map(seat => el("li", {class: seat.awaited ? "awaited" : ""},
      el("strong", {text: seat.student || "agents"}), " — " + partyName(s, seat.party),
      seat.awaited ? el("span", {class: "badge go", text: "to move"}) : "",
      seat.gone ? el("span", {class: "badge warn", text: "left: " + seat.gone}) : ""));
    const status = t.outcome ? (RESULTS[t.outcome.result] || t.outcome.result)
      : t.status === "negotiating" ? "round " + t.round + " of " + s.deadline : t.status;
    const body = [el("ul", {class: "seats"}, seats)];
    if (t.outcome) body.push(outcome(s, t.outcome));
    else if (t.last_offer) {
      body.push(el("p", {class: "small", text: "Latest offer (round " + t.last_offer.round + ") by " + partyName(s, t.last_offer.party) + ": "
        + s.parties.map(p => p.id + " " + f2(t.last_offer.values[p.id])).join(", ")}));
    }
    if (t.ending) body.push(el("p", {class: "small muted", text: t.ending}));
    return el("article", {class: "table-card " + (t.outcome ? t.outcome.result : t.status), "data-table": t.number},
      el("h3", {}, "Table " + t.number, el("span", {class: "badge", text: status})), body);
  }

  function outcome(s, o) {
    const parts = [];
    if (o.issues) parts.push(el("ul", {class: "terms small"}, describe(s.issues, o.issues)));
    if (o.utilities) {
      parts.push(el("p", {class: "small", text: "Utilities: " + Object.entries(o.utilities)
        .map(([p, u]) => partyName(s, p) + " " + f2(u)).join(", ") + (o.round !== undefined ? " · agreed in round " + o.round : "")
        + " · " + o.rounds + " rounds played"}));
    }
    if (o.blocked_by && o.blocked_by.length) parts.push(el("p", {class: "small warn", text: "Blocked at home by " + o.blocked_by.join(", ")}));
    if (o.result === "failed") parts.push(el("p", {class: "small warn", text: o.reason}));
    return el("div", {class: "outcome"}, parts);
  }

  async function post(path, body) {
    try {
      render(await api("POST", path, token, body));
      notice("");
    } catch (e) {
      notice(e.message);
    }
  }

  $("mode").addEventListener("change", () => post("/api/teacher/mode", {mode: $("mode").value}));
  $("start").addEventListener("click", () => post("/api/teacher/start", {}));
  $("end").addEventListener("click", () => {
    if (confirm("End the class? Every table still negotiating ends now, without an agreement.")) post("/api/teacher/end", {});
  });
  $("download").addEventListener("click", async () => {
    try {
      const r = await api("GET", "/api/teacher/results.csv", token);
      const url = URL.createObjectURL(await r.blob());
      const a = el("a", {href: url, download: "results.csv"});
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (e) {
      notice(e.message);
    }
  });

  follow("/api/teacher/tables", token, s => { notice(""); render(s); }, e => {
    notice(e.message + (e.status === 401 || e.status === 403 ? "" : " — retrying…"));
    return e.status !== 401 && e.status !== 403;
  });
})();
