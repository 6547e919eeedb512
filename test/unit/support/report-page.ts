/** A report page as the site writes it, cut down to one of each kind of part (the Word export's tests). */
export const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 340" width="680" height="340" role="img" aria-label="图：摘要"><rect x="10" y="10" width="100" height="200" fill="#9b1c1f"/><text x="20" y="300">1月</text></svg>';

/** A report page as the site writes it, cut down to one of each kind of part. */
export function page(extra = '', annex = true): string {
  return `<!doctype html><html><head><script>window.x=1</script></head><body>
<nav class="crumbs"><a href="/">首页</a></nav>
<article class="report" data-project-year="2024/demo" data-report-date="2025-03-20">
<header class="report-title">
<h1>2024年度示例资金绩效自评报告</h1>
<p class="subtitle"> 示例区信访局 2025年3月20日 </p> </header>
<nav class="toolbar"><a href="/2024/demo/print/">打印全文</a></nav>
<nav class="toc"><h2 class="visually-hidden">目录</h2><ol><li><a href="#jiben">一、基本情况</a></li></ol></nav>
<section class="report-section" id="jiben">
<h2> 一、基本情况 <a class="print-link" href="/2024/demo/print/jiben/">
打印本节
</a> </h2>
<h3>（一）项目概况</h3>
<dl class="facts"><dt>项目名称</dt>
<dd>示例资金</dd></dl>
<div class="prose">
<p>全年化解<span class="figure" data-figure="已化解件数">270件</span>，化解率<span class="figure">92.47%</span>。</p>
<p>写在正文里的 &lt;script&gt;alert(1)&lt;/script&gt; 照原样显示。</p>
<script>document.write('不应出现')</script>
</div>
<ul class="goals"><li> <strong>产出指标：</strong> 化解≥270件。 </li></ul>
</section>
<section class="report-section" id="jielun">
<h2> 三、综合评价情况及评价结论 </h2>
<div class="verdict screen-only"><div>
自评总分 <b data-figure="总分">97.91</b> 分
</div><div>评价等级 <b>优</b> </div></div>
<p class="paper-only verdict-text">本项目自评总分97.91分，评价等级为“优”。</p>
<p class="pending">（待填写）</p>
<p class="table-note"> <a href="/2024/demo/compare/">与上年对比：两年自评表并列</a> </p>
<section class="report-subsection" id="guocheng">
<h3> （二）项目过程情况 <a class="print-link" href="/x/">打印本节</a> </h3>
<figure class="chart" data-chart="monthly"><figcaption>资金拨付进度（按月）</figcaption>
<div class="chart-drawing">${SVG}</div>
<details class="chart-table"><summary>数据表</summary><div class="table-wrap"><table>
<caption class="visually-hidden">资金拨付进度（按月）（数据表）</caption>
<thead><tr><th scope="col">月份</th><th scope="col" class="num">当月拨付（元）</th></tr></thead>
<tbody><tr><th scope="row">1月</th><td class="num">1,202,767.20</td></tr></tbody></table></div></details></figure>
${extra}
</section></section>
${
  annex
    ? `<section class="report-section annex" id="annex">
<h2> 附件：项目支出绩效自评表 <a class="print-link" href="/2024/demo/print/annex/">打印本节</a></h2>
<div class="table-wrap self-evaluation">
<table class="self-evaluation-table se-part-funding"><caption>2024年度项目支出绩效自评表</caption>
<colgroup><col class="c-level1"><col class="c-source"><col class="c-money"><col class="c-money"><col class="c-money"><col class="c-fpoints"><col class="c-frate"><col class="c-fscore"></colgroup>
<tbody><tr><th scope="row">项目名称</th><td colspan="7">示例资金</td></tr>
<tr><th scope="col" rowspan="2">项目资金<br>（万元）</th><th scope="col">资金来源</th><th scope="col" class="num">年初预算数</th><th scope="col" class="num">全年预算数（A）</th><th scope="col" class="num">全年执行数（B）</th><th scope="col" class="num">分值</th><th scope="col" class="num">执行率（B/A）</th><th scope="col" class="num">得分</th></tr>
<tr class="total"><th scope="row">年度资金总额</th><td class="num"> 800.0000 </td><td class="num">800.0000</td><td class="num">768.6979</td><td class="num">10</td><td class="num">96.09%</td><td class="num">9.61</td></tr>
</tbody></table>
<table class="self-evaluation-table se-part-indicators">
<colgroup><col class="c-level1"><col class="c-level2"><col class="c-name"><col class="c-dir"><col class="c-target"><col class="c-unit"><col class="c-actual"><col class="c-points"><col class="c-score"><col class="c-reason"></colgroup>
<thead><tr><th scope="col">一级指标</th><th scope="col">二级指标</th><th scope="col">三级指标</th><th scope="col">指标性质</th><th scope="col" class="num">年度指标值</th><th scope="col">度量单位</th><th scope="col" class="num">实际完成值</th><th scope="col" class="num">分值</th><th scope="col" class="num">得分</th><th scope="col">偏差原因分析及改进措施</th></tr></thead>
<tbody><tr><td rowspan="2">产出指标</td><td>数量指标</td><td>化解信访积案数</td><td class="center">≥</td><td class="num">≥270</td><td class="center">件</td><td class="num">270</td><td class="num">20</td><td class="num">20.00</td><td class="note"></td></tr>
<tr><td>质量指标</td><td>积案化解率</td><td class="center">≥</td><td class="num">≥90</td><td class="center">%</td><td class="num">92.47</td><td class="num">15</td><td class="num">15.00</td><td class="note"></td></tr></tbody>
<tfoot><tr class="total"><th scope="row" colspan="7">总分</th><td class="num">100</td><td class="num">97.91</td><td>自评等级：优</td></tr></tfoot>
</table></div>
<p class="table-note">说明：金额单位为万元。</p>
</section>`
    : ''
}
</article></body></html>`;
}
