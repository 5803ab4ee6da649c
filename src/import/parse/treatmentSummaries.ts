/*
 * A first summary for each treatment the importer knows, so a treatment page it creates says
 * what the treatment is before an editor writes more. Descriptions only: no promised results,
 * session counts or downtime, which are medical claims for the treatment's own reviewed page.
 * Short enough for a card's three lines. Keyed like TREATMENTS (treatments.ts); a test keeps
 * the two in step.
 */
export const TREATMENT_SUMMARIES: Record<string, string> = {
  hydrafacial: 'A machine-assisted facial that cleanses, exfoliates and extracts, then infuses serums.',
  'rf-microneedling': 'Microneedling whose needles also deliver radiofrequency heat into the deeper skin.',
  microneedling: 'Fine needles make tiny, controlled punctures that set off the skin’s own repair.',
  'laser-resurfacing': 'A laser removes or heats thin columns of skin so that new skin forms in their place.',
  'pico-laser': 'Very short laser pulses break up pigment; in Korea often given as gentle “laser toning”.',
  'laser-hair-removal': 'Laser light aimed at the pigment in hair follicles slows the regrowth of hair.',
  'chemical-peel': 'A professional applies an acid that loosens the outer layers of skin so they shed.',
  'led-therapy': 'Panels or masks shine red, blue or near-infrared light on the skin, without heat.',
  'ipl-photofacial': 'Broad-spectrum flashes of light, not a laser, aimed at brown spots and redness.',
  neurotoxin: 'Injections of botulinum toxin relax the muscles behind expression lines.',
  'dermal-fillers': 'Injectable gels, most often hyaluronic acid, restore volume or soften folds.',
  'skin-boosters': 'Many small injections of hyaluronic acid or polynucleotides across the face.',
  microdermabrasion: 'A diamond tip or fine crystals buff away the outermost layer of dead skin cells.',
  dermaplaning: 'A professional glides a sterile blade over the skin to lift dead cells and fine hair.',
  hifu: 'Focused ultrasound heats points deep below the skin’s surface, without incisions.',
  'rf-skin-tightening': 'Radiofrequency energy heats the deeper layers of the skin through its surface.',
  prp: 'Platelet-rich plasma from the patient’s own blood, applied or injected into the skin.',
  mesotherapy: 'Many tiny injections deliver vitamins or other actives into the middle layer of the skin.',
  'oxygen-facial': 'A stream of pressurised oxygen carries serums onto the skin during a facial.',
}
