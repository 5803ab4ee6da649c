export default function Home() {
  return (
    <section>
      <h1>Glassworks</h1>
      <p>Korean beauty and medical-spa treatments, explained and medically reviewed.</p>
    </section>
  )
}
