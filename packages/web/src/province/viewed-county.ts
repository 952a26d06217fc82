/**
 * The county the provincial office is looking at, chosen in the header. It is kept in a cookie the
 * server's county resolver reads (counties/county-of-request.ts), so every page, every call and
 * every download link shows that county without each one naming it; the server honours it only
 * for an account entitled to the county. Choosing a county reloads the app, so nothing of the
 * county before stays on screen.
 */
const cookie = 'ipcounty_county';

export function viewCounty(countyId: string, own: boolean, path = window.location.pathname): void {
  document.cookie = own ? `${cookie}=; Path=/; Max-Age=0; SameSite=Strict` : `${cookie}=${encodeURIComponent(countyId)}; Path=/; SameSite=Strict`;
  window.location.assign(path);
}
