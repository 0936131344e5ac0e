// Entente classroom, the student's page: join, read the private brief, build offers with sliders and
// selects (their value to you and your officials' votes shown live), accept, vote, walk away.
"use strict";

(() => {
  const {el, fill, api, f2, pct, value, describe, clock, follow, RESULTS} = Entente;
  const $ = id => document.getElementById(id);
  const KEY = "entente.classroom.token";
  const NAME = "entente.classroom.name";
  let token = localStorage.getItem(KEY);
  let state = null;          // the latest GET /api/me
  let draft = null;          // the package being built: issue id -> value
  let built = false;         // the builder's controls exist
  let appraising = null;     // debounce timer

  function notice(text, kind) {
    const n = $("notice");
    n.textContent = text || "";
    n.className = "notice " + (kind || "error");
    n.hidden = !text;
  }

  // ---- joining ----

  function showJoin() {
    $("join").hidden = false;
    $("seat").hidden = true;
    const code = new URLSearchParams(location.search).get("code");
    if (code && !$("code").value) $("code").value = code;
    if (!$("name").value) $("name").value = localStorage.getItem(NAME) || "";
    ($("code").value ? $("name") : $("code")).focus();
  }

  $("join-form").addEventListener("submit", async e => {
    e.preventDefault();
    try {
      const r = await api("POST", "/api/join", null, {code: $("code").value, name: $("name").value});
      token = r.token;
      localStorage.setItem(KEY, token);
      localStorage.setItem(NAME, $("name").value);
      notice("");
      start();
    } catch (err) {
      notice(err.message);
    }
  });

  function start() {
    $("join").hidden = true;
    $("seat").hidden = false;
    let troubled = false;
    follow("/api/me", token, s => {
      if (troubled) notice("");
      troubled = false;
      render(s);
    }, err => {
      if (err.status === 401) {
        localStorage.removeItem(KEY);
        token = null;
        notice("Your seat is no longer known to the server (was the classroom restarted?). Join again.");
        showJoin();
        return false;
      }
      notice(err.message + " — retrying…", "warn");
      troubled = true;
      return true;
    });
  }

  // ---- the state ----

  function render(s) {
    const first = state === null;
    const newRound = !first && s.round !== state.round;
    state = s;
    if (!built) build(s);
    renderWho(s);
    renderStatus(s);
    renderMove(s);
    renderHistory(s);
    const p = s.prompt;
    const offering = p && (p.kind === "turn" || p.kind === "simultaneous" || p.kind === "counter");
    $("offer").disabled = !offering;
    $("keep").hidden = !(p && p.kind === "simultaneous" && s.last_offer);
    $("walk").disabled = s.status === "finished" || !!s.gone;
    if (first || newRound) appraise();
  }

  function partyName(s, id) {
    const p = s.table.parties.find(x => x.id === id);
    return p ? p.name : id;
  }

  function renderWho(s) {
    const others = s.table.parties.filter(p => !p.you)
      .map(p => p.name + (p.student ? " (" + p.student + ")" : " (the agents)"));
    fill($("who"), el("strong", {text: s.name}), " · " + s.party_name + " · table " + s.table.number,
      " · facing " + others.join(", "));
  }

  function renderStatus(s) {
    const lines = [];
    if (s.status === "waiting") lines.push(el("p", {class: "big", text: "Waiting for a partner to join your table…"}));
    else if (s.status === "starting") lines.push(el("p", {class: "big", text: "The agents are taking their seats…"}));
    else if (s.status === "finished") lines.push(el("p", {class: "big", text: "The negotiation is over."}));
    else if (s.prompt) lines.push(el("p", {class: "big go", text: "Your move"}));
    else lines.push(el("p", {class: "big", text: "Waiting for " + (s.turn.length ? s.turn.map(t => partyName(s, t)).join(", ") : "the other side") + "…"}));
    if (s.status === "negotiating") {
      lines.push(el("p", {text: "Round " + s.round + " (rounds count from 0) · " + s.rounds_left + " of "
        + s.deadline + " rounds left · protocol " + s.protocol.replace(/_/g, " ")}));
    }
    if (s.prompt) lines.push(el("p", {text: "Time for this move: " + clock(s.prompt.seconds_left)
      + (s.table_seconds_left >= 0 ? " · for the table: " + clock(s.table_seconds_left) : "")}));
    if (s.gone) lines.push(el("p", {class: "warn", text: "You have left the table: " + s.gone + "."}));
    fill($("status"), lines);
  }

  /** What the student is asked now, with the packages concerned and their worth. */
  function renderMove(s) {
    const box = $("move");
    const p = s.prompt;
    if (s.outcome) return fill(box, outcome(s));
    if (!p) return fill(box, el("p", {class: "muted", text: s.status === "negotiating"
      ? "The other side is moving. This page updates by itself." : "Nothing to decide yet."}));
    const parts = [];
    if (p.kind === "turn" || p.kind === "simultaneous" || p.kind === "counter") {
      if (p.kind === "counter") parts.push(el("p", {text: "You withdrew your acceptance: make a counter-offer below."}));
      if (!p.offers.length) parts.push(el("p", {text: "Nothing is on the table yet: make the first offer below."}));
      for (const o of p.offers) {
        parts.push(packageCard(s, partyName(s, o.party) + " offers", o, p.round));
        if (p.kind !== "counter") {
          parts.push(el("button", {type: "button", class: "primary", onclick: () => act("/api/accept", {party: o.party})},
            "Accept " + partyName(s, o.party) + "'s offer"));
        }
      }
      if (p.kind === "simultaneous") parts.push(el("p", {class: "hint", text: "Everyone offers at the same time. "
        + "Concede, or keep your last offer; if nobody concedes, the talks break down."}));
    } else if (p.kind === "vote" || p.kind === "final_vote") {
      parts.push(el("p", {class: "big", text: p.kind === "vote" ? "The mediator proposes to change the text."
        : "Final vote on the negotiating text."}));
      parts.push(packageCard(s, "The text", p.text, p.round));
      if (p.proposal) parts.push(packageCard(s, "The mediator's proposal", p.proposal, p.round));
      parts.push(el("div", {class: "actions"},
        el("button", {type: "button", class: "primary", onclick: () => act("/api/vote", {yes: true})}, "Vote yes"),
        el("button", {type: "button", onclick: () => act("/api/vote", {yes: false})}, "Vote no")));
    } else if (p.kind === "confirm") {
      parts.push(el("p", {class: "big warn", text: "Your officials would not ratify this deal."}));
      parts.push(el("p", {text: "You accepted the package below, but at home it would fail"
        + (p.forecast.shortfall ? " (" + p.forecast.shortfall.replace(/_/g, " ") + ")" : "") + "."}));
      parts.push(packageCard(s, "The package you accepted", Object.assign({officials: p.forecast}, p.text), p.round));
      parts.push(el("div", {class: "actions"},
        el("button", {type: "button", onclick: () => act("/api/vote", {yes: true})}, "Go ahead anyway"),
        el("button", {type: "button", class: "primary", onclick: () => act("/api/vote", {yes: false})},
          "Withdraw and make a counter-offer")));
    }
    fill(box, parts);
  }

  function packageCard(s, title, o, round) {
    const worth = [el("strong", {text: f2(o.value)}), " to you"];
    if (typeof o.discounted === "number" && Math.abs(o.discounted - o.value) > 5e-5) {
      worth.push(" (" + f2(o.discounted) + " if agreed in round " + round + ")");
    }
    worth.push(" · no deal: " + f2(s.reservation));
    return el("div", {class: "package"},
      el("h3", {text: title}),
      el("ul", {class: "terms"}, describe(s.issues, o.issues)),
      el("p", {class: o.value < s.reservation ? "worth bad" : "worth"}, worth),
      o.officials ? officials(o.officials) : null);
  }

  /** Your officials' votes on a package: who approves, with their utility against their threshold. */
  function officials(f, held) {
    const rows = f.votes.map(v => el("tr", {class: v.approve ? "yes" : "no"},
      el("td", {text: v.approve ? "✓ yes" : "✗ no"}),
      el("td", {text: v.title || v.official}),
      el("td", {text: f2(v.utility) + (v.approve ? " ≥ " : " < ") + f2(v.threshold)}),
      el("td", {text: (v.veto ? "veto" : "") + (v.head ? "you" : "")})));
    return el("div", {class: "officials"},
      el("table", {}, el("tbody", {}, rows)),
      el("p", {class: f.ratified ? "verdict yes" : "verdict no", text: (held ? (f.ratified ? "Ratified" : "NOT ratified")
        : (f.ratified ? "Would be ratified" : "Would NOT be ratified"))
        + " (" + pct(f.share) + " of power approves, " + pct(f.needed) + " needed"
        + (f.shortfall && f.shortfall.startsWith("vetoed") ? "; " + f.shortfall.replace(/_/g, " ") : "") + ")"}));
  }

  function outcome(s) {
    const o = s.outcome;
    const parts = [el("p", {class: "big " + (o.result === "agreement" ? "go" : "warn"), text: "Outcome: " + (RESULTS[o.result] || o.result)})];
    if (o.issues) parts.push(el("ul", {class: "terms"}, describe(s.issues, o.issues)));
    if (o.result === "failed") parts.push(el("p", {text: o.reason}));
    else {
      parts.push(el("p", {}, "You got ", el("strong", {text: f2(o.utility)}),
        o.result === "agreement" ? (Math.abs(o.utility - o.value) > 5e-5 ? " (the package is worth " + f2(o.value)
          + ", less the delay's discount)" : "") : " (your no-deal utility)",
        " · no deal would have given you " + f2(o.reservation)));
      if (o.rounds !== undefined) parts.push(el("p", {text: "Rounds played: " + o.rounds + (o.round !== undefined ? " · agreed in round " + o.round : "")}));
      for (const r of o.ratification || []) {
        parts.push(el("p", {class: r.ratified ? "yes" : "no", text: partyName(s, r.party) + (r.ratified ? " ratified it." : " did NOT ratify it.")}));
        if (r.votes) parts.push(officials({votes: r.votes, ratified: r.ratified, share: r.share, needed: r.needed}, true));
      }
    }
    if (s.ending) parts.push(el("p", {text: s.ending}));
    const again = el("button", {type: "button", id: "again", text: "Negotiate again at a new table"});
    again.addEventListener("click", () => {
      localStorage.removeItem(KEY);
      location.reload();
    });
    parts.push(el("p", {class: "actions"}, again));
    return parts;
  }

  function renderHistory(s) {
    const rows = s.offers.filter(m => m.action !== "consult").map(m => el("tr", {class: m.party === s.party ? "own" : ""},
      el("td", {text: m.round}),
      el("td", {text: m.party === s.party ? "you" : partyName(s, m.party)}),
      el("td", {text: m.action.replace(/_/g, " ") + (m.detail ? " " + m.detail.replace(/_/g, " ") : "")}),
      el("td", {}, m.issues ? el("ul", {class: "terms small"}, describe(s.issues, m.issues)) : ""),
      el("td", {class: "num", text: m.issues ? f2(m.value) : ""})));
    fill($("history"), rows.length ? el("table", {},
      el("thead", {}, el("tr", {}, el("th", {text: "round"}), el("th", {text: "who"}), el("th", {text: "did"}),
        el("th", {text: "package"}), el("th", {text: "worth to you"}))),
      el("tbody", {}, rows)) : el("p", {class: "muted", text: "No offers yet."}));
  }

  // ---- the offer builder ----

  function build(s) {
    built = true;
    draft = Object.assign({}, (s.last_offer || s.ideal).issues);
    const rows = s.issues.map(i => {
      const pref = s.preferences[i.id];
      let control, shown = i.kind === "number" ? el("output", {class: "val"}) : null;
      if (i.kind === "number") {
        control = el("input", {type: "range", min: 0, max: i.values.length - 1, step: 1, id: "issue-" + i.id,
          "aria-label": i.label});
        control.value = Math.max(0, i.values.indexOf(draft[i.id]));
        control.addEventListener("input", () => { draft[i.id] = i.values[+control.value]; sync(); appraiseSoon(); });
      } else {
        control = el("select", {id: "issue-" + i.id, "aria-label": i.label},
          i.options.map(o => el("option", {value: o, text: o.replace(/_/g, " ")})));
        control.value = draft[i.id];
        control.addEventListener("change", () => { draft[i.id] = control.value; sync(); appraiseSoon(); });
      }
      return el("div", {class: "issue-row"},
        el("label", {for: "issue-" + i.id, class: "issue-label", text: i.label}),
        el("div", {class: "control"}, control, shown),
        el("p", {class: "wish", text: "You: " + pref.wish}));
    });
    fill($("issues"), rows);
    sync();
    $("offer").addEventListener("click", () => act("/api/offer", {issues: draft}));
    $("keep").addEventListener("click", () => act("/api/offer", {issues: state.last_offer.issues}));
    $("ideal").addEventListener("click", () => { setDraft(state.ideal.issues); appraise(); });
    $("walk").addEventListener("click", () => {
      if (confirm("Walk away? The negotiation at your table ends without an agreement.")) act("/api/walk", {});
    });
    renderBrief(s);
  }

  function setDraft(pkg) {
    draft = Object.assign({}, pkg);
    for (const i of state.issues) {
      const c = $("issue-" + i.id);
      c.value = i.kind === "number" ? Math.max(0, i.values.indexOf(draft[i.id])) : draft[i.id];
    }
    sync();
  }

  /** Shows each control's value with its unit. */
  function sync() {
    for (const i of state.issues) {
      const shown = $("issue-" + i.id).parentElement.querySelector("output");
      if (shown) shown.textContent = value(i, draft[i.id]);
    }
  }

  function appraiseSoon() {
    clearTimeout(appraising);
    appraising = setTimeout(appraise, 150);
  }

  async function appraise() {
    try {
      const a = await api("POST", "/api/appraise", token, {issues: draft});
      const worth = [el("strong", {text: f2(a.value)}), " to you"];
      if (Math.abs(a.discounted - a.value) > 5e-5) worth.push(" (" + f2(a.discounted) + " if agreed in round " + a.round + ")");
      worth.push(" · no deal: " + f2(a.reservation));
      fill($("appraisal"), el("p", {class: a.value < a.reservation ? "worth bad" : "worth"}, worth), officials(a.officials));
    } catch (err) {
      fill($("appraisal"), el("p", {class: "error", text: err.message}));
    }
  }

  async function act(path, body) {
    try {
      const s = await api("POST", path, token, body);
      if (s.notes && s.notes.length) notice(s.notes.join("; "), "info");
      else notice("");
      render(s);
    } catch (err) {
      notice(err.message);
    }
  }

  function renderBrief(s) {
    const officialsRows = s.officials.map(o => el("tr", {},
      el("td", {text: (o.title || o.id) + (o.head ? " (you)" : "")}),
      el("td", {text: f2(o.power)}),
      el("td", {text: o.veto ? "yes" : ""}),
      el("td", {text: f2(o.threshold)}),
      el("td", {text: Object.entries(o.interests).map(([k, v]) => k + " " + f2(v)).join(", ")})));
    fill($("brief-body"),
      el("p", {}, el("strong", {text: s.scenario.name}), s.scenario.description ? " — " + s.scenario.description : ""),
      el("p", {text: "You are the head of " + s.party_name + ". No deal is worth " + f2(s.reservation) + " to you (your reservation)"
        + (s.discount < 1 ? "; each round of delay multiplies a deal's worth by " + s.discount : "") + "."}),
      el("p", {text: "A deal is ratified at home when officials holding at least " + pct(s.ratification)
        + " of the power approve it, and every official with a veto does."}),
      el("table", {class: "brief-officials"},
        el("thead", {}, el("tr", {}, ["official", "power", "veto", "approves at", "cares about"].map(h => el("th", {text: h})))),
        el("tbody", {}, officialsRows)),
      el("h3", {text: "The issues"}),
      el("ul", {}, s.issues.map(i => el("li", {}, el("strong", {text: i.label}),
        " (" + i.interest + "): " + (i.kind === "number" ? value(i, i.min) + " to " + value(i, i.max) + " in steps of " + i.step
          : i.options.map(o => o.replace(/_/g, " ")).join(", ")) + ". You: " + s.preferences[i.id].wish))),
      el("p", {}, "Your ideal package is worth " + f2(s.ideal.value) + " to you."));
  }

  if (token) start();
  else showJoin();
})();
