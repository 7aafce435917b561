// Every API answer is JSON, an unknown path too (Next would send its HTML 404 page).
const notFound = () => Response.json({ ok: false, error: "没有这个接口 / no such API endpoint: see README, Command line" }, { status: 404 });

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
