/** A path neither app holds: the same page in the owner app and the counter app. */
export function NotFound() {
  return (
    <div className="center-page">
      <main className="card stack">
        <h1>404</h1>
        <p>
          <a href="/">Habitué</a>
        </p>
      </main>
    </div>
  );
}
