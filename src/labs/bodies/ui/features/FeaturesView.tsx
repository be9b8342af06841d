/** The random-features view (DrDAM against MrDAM; the DrDAM view fills it). */
export function FeaturesControls() {
  return null;
}

export function FeaturesContent() {
  return <p className="note">The random-features view is on its way.</p>;
}
