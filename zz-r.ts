const re1 = /(?:完成了?|为)?(?:年度|全年|年初|年)?(?:目标|计划|预算|任务)*$/;
const re2 = /(?:完成了?|为)?(?:(?:年度|全年|年初|年)?(?:目标|计划|预算|任务)+)?$/;
for (const l of ["完成了年计划", "了年计划", "上半年", "上半年完成"]) console.log(l, JSON.stringify(l.replace(re1, "")), JSON.stringify(l.replace(re2, "")));
