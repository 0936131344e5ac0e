// Entente classroom, the debrief: every table in the outcome space beside the Nash, weighted-Nash and
// Kalai–Smorodinsky points and the agents' own runs; what each seat got; who blocked ratification.
// Printable (the browser's print, with the print rules of classroom.css).
"use strict";

(() => {
  const {el, fill, api, f2, pct, describe, teacherToken, RESULTS} = Entente;
  const $ = id => document.getElementById(id);
  const token = teacherToken();
  const urls = {};

  function notice(text) {
    const n = $("notice");
    n.textContent = text || "";
    n.className = "notice error";
    n.hidden = !text;
  }

  /** Loads a chart with the teacher's token (an img cannot send it) and shows it. */
  async function chart(id, name) {
    try {
      const r = await api("GET", "/api/teacher/debrief/" + name, token);
      const url = URL.createObjectURL(await r.blob());
      if (urls[id]) URL.revokeObjectURL(urls[id]);
      urls[id] = url;
      $(id).src = url;
    } catch (e) {
      $(id).alt = "The chart could not be drawn: " + e.message;
    }
  }

  function utilities(d, u) {
    return d.parties.map(p => el("td", {class: "num", text: u ? f2(u[p.id]) : "–"}));
  }

  function render(d) {
    fill($("scenario"), d.scenario + " · " + d.protocol.replace(/_/g, " ") + " · deadline " + d.deadline + " rounds · seed " + d.seed);
    const agreed = d.tables.filter(t => t.result === "agreement").length;
    const notRatified = d.tables.filter(t => t.result === "not_ratified").length;
    const count = (n, one, many) => n + " " + (n === 1 ? one : many);
    fill($("summary"), count(d.tables.length, "table", "tables") + " finished: "
      + count(agreed, "ratified agreement", "ratified agreements") + ", " + notRatified
      + " agreed at the table but not ratified, " + (d.tables.length - agreed - notRatified) + " without agreement. "
      + "The agents alone, in every seat, over " + d.cloud.done + " of " + d.cloud.runs + " runs: agreement in "
      + pct(d.cloud.agreement_rate) + " of them." + (d.cloud.problem ? " (" + d.cloud.problem + ")" : ""));
    $("outcome-caption").textContent = "Orange dots: the class's tables; grey dots: the agents negotiating alone (the same "
      + "scenario and strategies, " + d.cloud.done + " runs). Each dot is what " + d.parties[0].name + " (across) and "
      + d.parties[1].name + " (up) got: the agreement's value discounted to its round, or the reservation when there was "
      + "no ratified deal. The grey line is the Pareto frontier; the diamond is the Nash bargaining solution, the downward "
      + "triangle the weighted Nash solution (each party's gain weighted by its share of power: "
      + d.parties.map(p => p.name + " " + pct(p.power_share)).join(", ") + "), the upward triangle the Kalai–Smorodinsky "
      + "solution, the square the outcome of maximum welfare; dashed lines are the reservations. The frontier and the "
      + "points are undiscounted.";
    const names = {nash: "Nash bargaining solution", weighted_nash: "weighted Nash (by power)",
      kalai_smorodinsky: "Kalai–Smorodinsky", max_welfare: "maximum welfare"};
    fill($("reference"), el("table", {},
      el("thead", {}, el("tr", {}, el("th", {text: "point"}), el("th", {text: "package"}), d.parties.map(p => el("th", {text: p.name})))),
      el("tbody", {}, Object.keys(names).map(k => d.reference[k] ? el("tr", {},
        el("td", {text: names[k]}), el("td", {}, el("ul", {class: "terms small"}, describe(d.issues, d.reference[k].issues))),
        utilities(d, d.reference[k].utilities)) : el("tr", {}, el("td", {text: names[k]}), el("td", {text: "none: no package beats every reservation"}))))));
    fill($("tables"), d.tables.length ? el("table", {},
      el("thead", {}, el("tr", {}, el("th", {text: "table"}), el("th", {text: "students"}), el("th", {text: "outcome"}),
        el("th", {text: "package agreed"}), d.parties.map(p => el("th", {text: p.name})), el("th", {text: "blocked by"}))),
      el("tbody", {}, d.tables.map(t => el("tr", {},
        el("td", {text: t.number}),
        el("td", {text: d.parties.map(p => p.name + ": " + (t.students[p.id] || "agents")).join("; ")}),
        el("td", {text: (RESULTS[t.result] || t.result) + (t.round !== undefined ? " (round " + t.round + ")" : "")
          + (t.rounds !== undefined ? ", " + t.rounds + " rounds" : "")}),
        el("td", {}, t.issues ? el("ul", {class: "terms small"}, describe(d.issues, t.issues)) : "–"),
        utilities(d, t.utilities),
        el("td", {text: (t.blocked_by || []).join(", ")}))))) : el("p", {class: "muted", text: "No table has finished yet."}));
    fill($("seat-table"), el("table", {},
      el("thead", {}, el("tr", {}, ["seat", "students", "their mean", "median", "range", "agents' mean (95% interval)", "agents' agreement rate"]
        .map(h => el("th", {text: h})))),
      el("tbody", {}, d.seats.map(s => el("tr", {},
        el("td", {text: s.name}), el("td", {class: "num", text: s.students}),
        el("td", {class: "num", text: f2(s.mean)}), el("td", {class: "num", text: f2(s.median)}),
        el("td", {text: s.students ? f2(s.min) + " – " + f2(s.max) : "–"}),
        el("td", {text: f2(s.agents.mean) + (s.agents.runs > 1 ? " [" + f2(s.agents.lo) + ", " + f2(s.agents.hi) + "]" : "")}),
        el("td", {class: "num", text: pct(s.agents.agreement_rate)}))))));
    fill($("blockers"), d.blockers.length ? el("ul", {}, d.blockers.map(b => el("li", {},
      el("strong", {text: b.title || b.official}), " (" + d.parties.find(p => p.id === b.party).name
        + (b.veto ? ", veto" : "") + ", approves at " + f2(b.threshold) + ") voted no at table"
        + (b.tables.length > 1 ? "s " : " ") + b.tables.join(", "))))
      : el("p", {class: "muted", text: "No deal agreed at a table was rejected at home."}));
    chart("outcome-space", "outcome-space.png");
    chart("seats", "seats.png");
  }

  async function load() {
    try {
      render(await api("GET", "/api/teacher/debrief", token));
      notice("");
    } catch (e) {
      notice(e.message);
    }
  }

  if (!token) {
    notice("This page needs the teacher's token: open it from the teacher's page.");
    return;
  }
  $("print").addEventListener("click", () => window.print());
  $("refresh").addEventListener("click", load);
  load();
})();
