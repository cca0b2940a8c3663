"use strict";

(function () {
  const { el, snippet, api, term, searchUrl } = window.App;
  const params = new URLSearchParams(location.search);
  const q = params.get("q") || "";
  const page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
  const limit = 20;
  const status = document.getElementById("status");
  document.getElementById("q").value = q;

  const facetNames = { kind: "Loại (kind)", party: "Bên ký (party)", place: "Địa danh (place)", year: "Năm (year)" };

  function renderFacets(facets) {
    const aside = document.getElementById("facets");
    aside.replaceChildren();
    for (const name of ["kind", "year", "place", "party"]) {
      const counts = facets[name];
      if (!counts || Object.keys(counts).length === 0) continue;
      const list = el("ul", { className: "facet-list" });
      for (const [value, count] of Object.entries(counts)) {
        const added = (q ? q + " " : "") + term(name, value);
        list.append(el("li", null, [
          el("a", { href: searchUrl(added), className: "facet", "data-facet": name, text: value }),
          el("span", { className: "count", text: String(count) }),
        ]));
      }
      aside.append(el("section", { className: "facet-group" }, [el("h2", { text: facetNames[name] }), list]));
    }
  }

  function renderHits(result) {
    const hits = document.getElementById("hits");
    hits.replaceChildren();
    hits.start = (page - 1) * limit + 1;
    for (const h of result.hits) {
      const link = new URLSearchParams({ id: h.article_id });
      if (h.agreement !== null) link.set("n", String(h.agreement));
      if (q) link.set("q", q);
      const meta = [h.kind, h.signed_on || h.published].filter(Boolean).join(" · ");
      hits.append(el("li", { className: "hit" }, [
        el("a", { href: "agreement.html?" + link.toString(), className: "hit-title", text: h.title || h.source }),
        el("p", { className: "meta", text: meta }),
        h.parties.length ? el("p", { className: "parties", text: h.parties.join(" · ") }) : null,
        snippet(el("p", { className: "snippet" }), h.snippet),
      ]));
    }
  }

  function renderPager(result) {
    const pager = document.getElementById("pager");
    pager.replaceChildren();
    if (result.pages <= 1) return;
    const link = (p, label) => p === page
      ? el("span", { className: "current", "aria-current": "page", text: label })
      : el("a", { href: searchUrl(q, p), text: label });
    if (page > 1) pager.append(link(page - 1, "← trước"));
    const first = Math.max(1, page - 3);
    const last = Math.min(result.pages, page + 3);
    for (let p = first; p <= last; p++) pager.append(link(p, String(p)));
    if (page < result.pages) pager.append(link(page + 1, "sau →"));
  }

  async function run() {
    status.textContent = "Đang tìm…";
    try {
      const started = performance.now();
      const result = await api("search", { q, page, limit });
      status.textContent = result.total === 0
        ? "Không có kết quả (no hits)."
        : `${result.total} kết quả · trang ${result.page}/${result.pages}`;
      renderHits(result);
      renderFacets(result.facets);
      renderPager(result);
      document.body.dataset.firstHitMs = String(Math.round(performance.now() - started));
      document.body.dataset.searchDone = "true";
    } catch (e) {
      status.textContent = "Lỗi truy vấn (query error): " + e.message;
      status.classList.add("error");
      document.body.dataset.searchDone = "error";
      return;
    }
    window.Charts.timeline(q).catch((e) => { document.getElementById("timeline-note").textContent = e.message; });
    window.Charts.network(q).catch((e) => { document.getElementById("network-note").textContent = e.message; });
  }

  run();
})();
