// Entente classroom: what the student's, teacher's and debrief pages share. Every text from the
// server is written with textContent (never as HTML), so names and labels cannot inject markup.
"use strict";

const Entente = (() => {
  /** An element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return e;
  }

  /** Replaces an element's children. */
  function fill(target, ...children) {
    target.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
  }

  /** An API error: the server's one-line message and the HTTP status. */
  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** Calls the JSON API with the bearer token; resolves to the parsed answer, rejects with an ApiError. */
  async function api(method, path, token, body) {
    const headers = {};
    if (token) headers["Authorization"] = "Bearer " + token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let r;
    try {
      r = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        cache: "no-store"});
    } catch (e) {
      throw new ApiError(0, "cannot reach the classroom server; check the network");
    }
    const type = r.headers.get("Content-Type") || "";
    if (!type.startsWith("application/json")) {
      if (!r.ok) throw new ApiError(r.status, "the server answered " + r.status);
      return r;
    }
    const json = await r.json();
    if (!r.ok) throw new ApiError(r.status, json.error || ("the server answered " + r.status));
    return json;
  }

  /** A number with two decimals ("0.62"), or "–" when there is none. */
  function f2(x) {
    return typeof x === "number" && isFinite(x) ? x.toFixed(2) : "–";
  }

  function pct(x) {
    return typeof x === "number" && isFinite(x) ? Math.round(100 * x) + "%" : "–";
  }

  /** An issue's value with its unit ("450 US$ M", "joint_statement"). */
  function value(issue, v) {
    if (issue.kind === "options") return String(v).replace(/_/g, " ");
    const n = typeof v === "number" ? (Number.isInteger(v) ? String(v) : String(+v.toFixed(4))) : String(v);
    return issue.unit ? n + " " + issue.unit : n;
  }

  /** A package in words, one "label: value" per issue. */
  function describe(issues, pkg) {
    return issues.map(i => el("li", {}, el("span", {class: "issue", text: i.label + ": "}),
      el("strong", {text: value(i, pkg[i.id])})));
  }

  /** Minutes and seconds ("4:05"). */
  function clock(seconds) {
    if (typeof seconds !== "number" || seconds < 0) return "–";
    const m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + String(s).padStart(2, "0");
  }

  /** Waits (long polling) on an endpoint's version and calls render with each new state, forever. */
  async function follow(path, token, render, onError) {
    let version = null;
    for (;;) {
      try {
        const state = await api("GET", version === null ? path : path + "?after=" + version, token);
        version = state.version;
        render(state);
      } catch (e) {
        if (onError(e) === false) return;
        version = null;
        await new Promise(r => setTimeout(r, 2000));
      }
    }
  }

  /** Reads the teacher's token from the URL's #token=... (then hides it from the address bar) or the tab's storage. */
  function teacherToken() {
    const m = /[#&]token=([^&]+)/.exec(location.hash);
    if (m) {
      sessionStorage.setItem("entente.teacher", decodeURIComponent(m[1]));
      history.replaceState(null, "", location.pathname + location.search);
    }
    return sessionStorage.getItem("entente.teacher");
  }

  const RESULTS = {agreement: "agreement", not_ratified: "agreed, not ratified",
    no_agreement: "no agreement", failed: "failed"};

  return {el, fill, api, ApiError, f2, pct, value, describe, clock, follow, teacherToken, RESULTS};
})();
