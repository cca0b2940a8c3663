"use strict";

// The timeline (Chart.js, stacked bars per month by kind) and the co-signing graph (Cytoscape.js) of a query.
window.Charts = (function () {
  const { api, term, searchUrl } = window.App;
  const palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

  function coverage(note, data) {
    note.textContent = data.counted < data.total
      ? `Vẽ ${data.counted} trong ${data.total} kết quả mới nhất (the newest ${data.counted} of ${data.total}).`
      : `${data.total} thỏa thuận.`;
  }

  async function timeline(q) {
    const data = await api("timeline", { q });
    const note = document.getElementById("timeline-note");
    coverage(note, data);
    const kinds = Object.keys(data.kinds);
    const canvas = document.getElementById("timeline");
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.months,
        datasets: kinds.map((k, i) => ({ label: k, data: data.kinds[k], backgroundColor: palette[i % palette.length], stack: "kinds" })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
      },
    });
    document.body.dataset.timelineBars = String(data.months.length);
  }

  async function network(q) {
    const data = await api("network", { q });
    const note = document.getElementById("network-note");
    coverage(note, data);
    const max = Math.max(1, ...data.nodes.map((n) => n.agreements));
    const elements = [];
    data.nodes.forEach((n, i) => elements.push({ data: { id: "n" + i, label: n.party, weight: n.agreements } }));
    const ids = new Map(data.nodes.map((n, i) => [n.party, "n" + i]));
    data.edges.forEach((e, i) => elements.push({ data: { id: "e" + i, source: ids.get(e.source), target: ids.get(e.target), weight: e.agreements } }));
    const cy = window.cytoscape({
      container: document.getElementById("network"),
      elements,
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 8000 },
      style: [
        { selector: "node", style: {
          label: "data(label)", "font-size": 9, "text-wrap": "ellipsis", "text-max-width": 120,
          width: (n) => 10 + 20 * n.data("weight") / max, height: (n) => 10 + 20 * n.data("weight") / max,
          "background-color": "#1f77b4", color: "#222" } },
        { selector: "node:selected", style: { "background-color": "#f0a500", "border-width": 3, "border-color": "#222" } },
        { selector: "edge", style: { width: (e) => Math.min(8, 1 + e.data("weight")), "line-color": "#aab", "curve-style": "haystack" } },
      ],
    });
    const filterTo = (party) => searchUrl((q ? q + " " : "") + term("party", party));
    // Clicking a party narrows the query to it.
    cy.on("tap", "node", (evt) => {
      location.href = filterTo(evt.target.data("label"));
    });
    partyList(cy, data, ids, filterTo);
    document.body.dataset.networkNodes = String(data.nodes.length);
    window.Charts.cy = cy;
  }

  // The same parties as links, so the graph is usable from the keyboard and read by screen readers: Tab
  // reaches each, focusing one selects its node in the graph, Enter filters the query to it.
  function partyList(cy, data, ids, filterTo) {
    const list = document.getElementById("network-list");
    list.replaceChildren();
    const partners = new Map(data.nodes.map((n) => [n.party, []]));
    data.edges.forEach((e) => {
      partners.get(e.source)?.push([e.target, e.agreements]);
      partners.get(e.target)?.push([e.source, e.agreements]);
    });
    data.nodes.forEach((n) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = filterTo(n.party);
      link.textContent = n.party;
      const node = cy.getElementById(ids.get(n.party));
      link.addEventListener("focus", () => { cy.elements().unselect(); node.select(); });
      link.addEventListener("blur", () => node.unselect());
      const top = (partners.get(n.party) || []).sort((a, b) => b[1] - a[1]).slice(0, 3).map((p) => p[0]);
      const detail = document.createElement("span");
      detail.className = "note";
      detail.textContent = ` · ${n.agreements} thỏa thuận` + (top.length ? ` · cùng ký với ${top.join("; ")}` : "");
      item.append(link, detail);
      list.append(item);
    });
  }

  return { timeline, network };
})();
