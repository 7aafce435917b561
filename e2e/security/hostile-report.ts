// A report whose text carries script, event handlers, javascript: links and spreadsheet formulas.
export const HOSTILE_TITLE = `"><svg onload=window.__pwned=1><script>window.__pwned=1</script>标题`;

export const HOSTILE_REPORT = `2023年余杭区政府工作报告"><svg onload=window.__pwned=1><script>window.__pwned=1</script>
——2023年1月10日在余杭区第十七届人民代表大会第三次会议上
各位代表:
一、2022年工作回顾
过去一年,全区地区生产总值增长8.5%<script>window.__pwned=1</script>,完成年度目标任务。
全区财政总收入达到500亿元<img src=x onerror="window.__pwned=1">,同比增长10%。
详情见<a href="javascript:window.__pwned=1">javascript:window.__pwned=1</a>链接,城乡居民收入增长6%。
=HYPERLINK("http://evil.example/x","点击")城镇新增就业岗位3万个。
+cmd|' /C calc'!A0 全年完成固定资产投资增长12%。
@SUM(1+1)*cmd|' /C calc'!A0 社会消费品零售总额增长7%。
-2+3+cmd|' /C calc'!A0 研发投入占比达到3.5%。
二、2023年工作目标
2023年,全区地区生产总值增长7%左右<script>window.__pwned=1</script>。
财政总收入增长8%<img src=x onerror="window.__pwned=1">,城乡居民收入增长6.5%。
=HYPERLINK("http://evil.example/y","点击")城镇新增就业岗位3.5万个。
+cmd|' /C calc'!A0 固定资产投资增长10%。
${"全区坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,推动经济社会高质量发展。\n".repeat(80)}`;

/** Markup that must never appear unescaped in any HTML the app serves. */
export const RAW_MARKUP = ["<script>window.__pwned", "<img src=x onerror", "<svg onload", '<a href="javascript:'];
