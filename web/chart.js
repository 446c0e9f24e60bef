// ECharts, loaded when the first chart is drawn: a classic script from this
// server (its hashed name is in <html data-echarts>, written by make web),
// so pages without a chart never fetch its ~1 MB.
let loading = null;

export function loadEcharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = document.documentElement.dataset.echarts;
      s.onload = () => resolve(window.echarts);
      s.onerror = () => {
        loading = null;
        reject(new Error('图表组件加载失败'));
      };
      document.head.append(s);
    });
  }
  return loading;
}
