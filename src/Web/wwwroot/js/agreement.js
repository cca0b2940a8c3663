"use strict";

// One agreement beside its article: the structured fields on one side, the cleaned text on the other with each
// field's evidence marked in the same colour; a field links to its mark. Text goes in as text nodes only.
(function () {
  const { el, api, searchUrl } = window.App;
  const params = new URLSearchParams(location.search);
  const id = params.get("id") || "";
  const q = params.get("q") || "";
  const status = document.getElementById("status");
  document.getElementById("back").href = searchUrl(q);

  const kinds = {
    party: "Bên ký (party)", kind: "Loại (kind)", subject: "Nội dung (subject)", signed_on: "Ngày ký (signed on)",
    period: "Giai đoạn (period)", location: "Địa điểm (location)", item: "Nội dung phối hợp (items)",
    reference: "Văn bản viện dẫn (references)", person: "Người ký (people)",
  };

  // Marks spans in text: each segment takes the class of the narrowest span covering it, plus the evidence class.
  function highlight(container, text, spans, evidence) {
    const points = new Set([0, text.length]);
    const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
    for (const s of valid) { points.add(s.start); points.add(s.end); }
    if (evidence) { points.add(evidence.start); points.add(evidence.end); }
    const sorted = [...points].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
    const firstMark = new Set();
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i], b = sorted[i + 1];
      const piece = text.slice(a, b);
      const covering = valid.filter((s) => s.start <= a && s.end >= b).sort((x, y) => (x.end - x.start) - (y.end - y.start));
      const inEvidence = evidence && evidence.start <= a && evidence.end >= b;
      if (covering.length === 0 && !inEvidence) { container.append(document.createTextNode(piece)); continue; }
      const span = covering[0];
      const mark = el("mark", { className: (span ? "ev ev-" + span.type : "") + (inEvidence ? " ev-sentence" : ""), text: piece });
      if (span) {
        mark.title = kinds[span.type] || span.type;
        if (!firstMark.has(span.key)) { mark.id = span.key; firstMark.add(span.key); }
      }
      container.append(mark);
    }
  }

  function field(dl, type, values) {
    const list = values.filter((v) => v && v.text);
    if (list.length === 0) return;
    dl.append(el("dt", { className: "ev-" + type, text: kinds[type] }));
    for (const v of list) {
      const dd = el("dd");
      const label = [v.text, v.extra].filter(Boolean).join(" · ");
      if (v.key) dd.append(el("a", { href: "#" + v.key, className: "field ev-" + type, text: label }));
      else dd.append(el("span", { text: label }));
      dl.append(dd);
    }
  }

  async function run() {
    try {
      const a = await api("articles/" + encodeURIComponent(id));
      const n = Math.min(Math.max(0, parseInt(params.get("n") || "0", 10) || 0), Math.max(0, a.agreements.length - 1));
      const ag = a.agreements[n];
      document.title = (a.title || a.source) + " · agreements";
      const source = document.getElementById("source");
      if (a.url && /^https?:\/\//i.test(a.url)) { source.href = a.url; source.textContent = a.url; }
      else { source.replaceWith(el("span", { className: "source", text: a.source })); }
      document.getElementById("meta").textContent = [a.site, a.published, "id " + a.id].filter(Boolean).join(" · ");

      const tabs = document.getElementById("agreements");
      a.agreements.forEach((_, i) => {
        const p = new URLSearchParams({ id: a.id, n: String(i) });
        if (q) p.set("q", q);
        tabs.append(i === n
          ? el("span", { className: "current", "aria-current": "page", text: "Thỏa thuận " + (i + 1) })
          : el("a", { href: "agreement.html?" + p.toString(), text: "Thỏa thuận " + (i + 1) }));
      });

      const textSpans = [];
      const titleSpans = [];
      const dl = document.getElementById("fields");
      let k = 0;
      const add = (type, span, inTitle) => {
        if (!span) return null;
        const key = "ev-" + (k++);
        (inTitle ? titleSpans : textSpans).push({ type, start: span.start, end: span.end, key });
        return key;
      };
      if (ag) {
        field(dl, "kind", [{ text: ag.kind, key: add("kind", ag.kind_span) }]);
        field(dl, "subject", [{ text: ag.subject, key: add("subject", ag.subject_span) }]);
        field(dl, "party", ag.parties.map((p) => ({
          text: p.name, extra: p.canonical !== p.name ? p.canonical : null, key: add("party", p, p.in_title) })));
        field(dl, "signed_on", [{ text: ag.signed_on, key: add("signed_on", ag.signed_on_span) }]);
        field(dl, "period", [{ text: ag.period, key: add("period", ag.period_span) }]);
        field(dl, "location", [{ text: ag.location, key: add("location", ag.location_span) }]);
        field(dl, "item", ag.items.map((i) => ({ text: i.text, key: add("item", i) })));
        field(dl, "reference", ag.references.map((r) => ({ text: r.text, key: add("reference", r) })));
        field(dl, "person", ag.people.map((p) => ({ text: p.name, extra: p.title, key: add("person", p) })));
      } else {
        dl.append(el("dd", { text: "Bài này không ghi nhận thỏa thuận nào (no agreement reported)." }));
      }
      highlight(document.getElementById("title"), a.title || a.source, titleSpans, null);
      highlight(document.getElementById("text"), a.text || "", textSpans, ag ? ag.evidence : null);
      const first = document.querySelector("#text mark.ev-sentence, #text mark.ev");
      if (first) first.scrollIntoView({ block: "center" });
      document.body.dataset.loaded = "true";
    } catch (e) {
      status.textContent = "Không mở được bài (cannot open): " + e.message;
      status.classList.add("error");
      document.body.dataset.loaded = "error";
    }
  }

  run();
})();
