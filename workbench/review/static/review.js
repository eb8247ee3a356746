// The pair page: a cursor over the beads, keys and buttons that post one edit each, then reload the page.
// Text from the memory is only ever set with textContent, never parsed as HTML.
(function () {
  "use strict";
  const body = document.body;
  const aid = body.dataset.aid;
  if (!aid) return;
  const version = Number(body.dataset.version);
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const rows = Array.from(document.querySelectorAll("tr.bead"));
  const message = document.getElementById("message");
  const store = window.sessionStorage;
  let cur = Math.min(Number(store.getItem("cur-" + aid) || 0), Math.max(rows.length - 1, 0));

  function say(text, kind) {
    message.textContent = text;
    message.className = kind || "";
  }

  function move(to) {
    if (!rows.length) return;
    if (rows[cur]) rows[cur].classList.remove("current");
    cur = Math.max(0, Math.min(rows.length - 1, to));
    rows[cur].classList.add("current");
    rows[cur].scrollIntoView({block: "nearest"});
    store.setItem("cur-" + aid, String(cur));
  }

  function selected(side) {
    return Array.from(document.querySelectorAll('.sent.selected[data-side="' + side + '"]'))
      .map(function (el) { return Number(el.dataset.i); }).sort(function (a, b) { return a - b; });
  }

  async function post(op, data) {
    say("saving…");
    let response;
    try {
      response = await fetch("/api/pair/" + aid + "/" + op, {
        method: "POST", credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
        body: JSON.stringify(Object.assign({version: version}, data || {}))
      });
    } catch (err) {
      say("the workbench did not answer: " + err, "error");
      return;
    }
    const answer = await response.json().catch(function () { return {error: "no answer"}; });
    if (response.ok) {
      store.setItem("msg-" + aid, answer.message || op);
      // after a confirm the cursor moves on to the next bead, as in a review queue
      if (answer.position >= 0) store.setItem("cur-" + aid, String(answer.position + (op === "confirm" ? 1 : 0)));
      window.location.reload();
    } else if (response.status === 409) {
      say("Not saved: " + answer.error + " Reloading…", "error");
      store.setItem("msg-" + aid, "Reloaded after a conflict: your last change was not saved; make it again.");
      window.setTimeout(function () { window.location.reload(); }, 1500);
    } else {
      say(answer.error || ("failed: " + response.status), "error");
    }
  }

  function currentN() { return rows.length ? Number(rows[cur].dataset.n) : -1; }

  function sentenceFor(side) {
    const chosen = document.querySelector(".sent.selected[data-side]");
    if (chosen) return chosen;
    return rows[cur] && rows[cur].querySelector('.sent[data-side="' + (side || "src") + '"]');
  }

  const actions = {
    "confirm": function () { post("confirm", {n: currentN()}); },
    "merge": function () { post("merge", {n: currentN()}); },
    "split": function () { post("split", {n: currentN()}); },
    "unlink": function () { post("unlink", {n: currentN()}); },
    "undo": function () { post("undo"); },
    "realign": function () { post("realign"); },
    "link": function () {
      const src = selected("src"), tgt = selected("tgt");
      if (!src.length && !tgt.length) { say("select sentences first (click them)", "error"); return; }
      post("link", {src: src, tgt: tgt});
    },
    "next-flagged": function () {
      for (let step = 1; step <= rows.length; step++) {
        const i = (cur + step) % rows.length;
        if (rows[i].classList.contains("flagged")) { move(i); return; }
      }
      say("no bead is flagged", "ok");
    },
    "split-sentence": function () {
      const el = sentenceFor("src");
      if (!el) return;
      const text = el.textContent.slice(el.querySelector("sup").textContent.length);
      const start = window.prompt("Split the sentence: type the words the second sentence starts with", "");
      if (!start) return;
      const offset = text.indexOf(start);
      if (offset <= 0) { say("those words are not inside the sentence (after its start)", "error"); return; }
      post("split-sentence", {side: el.dataset.side, index: Number(el.dataset.i), offset: offset});
    },
    "join-sentences": function () {
      const el = sentenceFor("src");
      if (el) post("join-sentences", {side: el.dataset.side, index: Number(el.dataset.i)});
    }
  };

  const keys = {c: "confirm", m: "merge", s: "split", u: "unlink", l: "link", n: "next-flagged", z: "undo",
                t: "split-sentence", J: "join-sentences", R: "realign"};

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.metaKey || (event.ctrlKey && event.key !== "z")) return;
    if (event.target.closest && event.target.closest("input, textarea, select")) return;
    const key = event.key;
    if (key === "j" || key === "ArrowDown") move(cur + 1);
    else if (key === "k" || key === "ArrowUp") move(cur - 1);
    else if (key === "x" || key === "y") {
      rows[cur].querySelectorAll('.sent[data-side="' + (key === "x" ? "src" : "tgt") + '"]')
        .forEach(function (el) { el.classList.toggle("selected"); });
    } else if (key === "Escape") {
      document.querySelectorAll(".sent.selected").forEach(function (el) { el.classList.remove("selected"); });
    } else if (keys[key]) actions[keys[key]]();
    else return;
    event.preventDefault();
  });

  document.querySelectorAll("nav.tools button").forEach(function (button) {
    button.addEventListener("click", function () { actions[button.dataset.op](); });
  });
  document.querySelectorAll(".sent[data-side]").forEach(function (el) {
    el.addEventListener("click", function () {
      el.classList.toggle("selected");
      move(rows.indexOf(el.closest("tr.bead")));
    });
  });

  const last = store.getItem("msg-" + aid);
  if (last) { say(last, "ok"); store.removeItem("msg-" + aid); }
  move(cur);
})();
