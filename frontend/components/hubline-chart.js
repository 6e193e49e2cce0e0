// <hubline-chart>: a Chart.js chart drawn from a JSON description set by the server.
// The canvas is an image with an accessible name and description; the same figures are always
// offered as a table beside it, so the chart adds a picture and never hides data.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

// Colours with at least 3:1 contrast against white, distinguishable for common colour blindness.
const PALETTE = ['#1d70b8', '#d4351c', '#00703c', '#6f3c97', '#b58800', '#28a197', '#505a5f', '#f47738'];

class HublineChart extends HTMLElement {
  static get observedAttributes() {
    return ['data-chart'];
  }

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;position:relative;min-height:220px}'
      + 'canvas{max-width:100%}</style><canvas role="img"></canvas>';
    this.canvas = root.querySelector('canvas');
  }

  connectedCallback() {
    this.draw();
  }

  disconnectedCallback() {
    if (this.chart) {
      this.chart.destroy();
      this.chart = undefined;
    }
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this.draw();
    }
  }

  draw() {
    const text = this.getAttribute('data-chart');
    if (!text) {
      return;
    }
    const spec = JSON.parse(text);
    this.canvas.setAttribute('aria-label', spec.description);
    this.canvas.textContent = spec.description;
    const reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const config = {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => ({
          label: s.name,
          data: s.values,
          backgroundColor: spec.type === 'line' ? PALETTE[i % PALETTE.length] : PALETTE[i % PALETTE.length],
          borderColor: PALETTE[i % PALETTE.length],
          borderWidth: spec.type === 'line' ? 2 : 0,
          pointRadius: spec.type === 'line' ? 2 : undefined,
          tension: 0.2,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        indexAxis: spec.horizontal ? 'y' : 'x',
        plugins: {
          legend: { display: spec.series.length > 1 },
          title: { display: false },
        },
        scales: {
          x: { stacked: !!spec.stacked, beginAtZero: true },
          y: { stacked: !!spec.stacked, beginAtZero: true },
        },
      },
    };
    if (this.chart) {
      this.chart.destroy();
    }
    this.chart = new Chart(this.canvas, config);
    this.setAttribute('data-drawn', String(spec.labels.length));
  }
}

if (!customElements.get('hubline-chart')) {
  customElements.define('hubline-chart', HublineChart);
}
