/*
 * A first summary for each treatment the importer knows, so a treatment page it creates says
 * what the treatment is before an editor writes more. Descriptions only: no promised results,
 * session counts or downtime, which are medical claims for the treatment's own reviewed page.
 * Keyed like TREATMENTS (treatments.ts); a test keeps the two in step.
 */
export const TREATMENT_SUMMARIES: Record<string, string> = {
  hydrafacial:
    'A machine-assisted facial that cleanses, exfoliates and extracts with a suction tip, then infuses hydrating serums.',
  'rf-microneedling':
    'Fine needles carry radiofrequency energy into the skin, combining microneedling with controlled heat in the deeper layers.',
  microneedling:
    'Rows of fine needles make tiny, controlled punctures in the skin to set off its own repair and collagen production.',
  'laser-resurfacing':
    'A laser removes or heats thin columns of skin so that new skin forms; fractional and ablative types differ in depth.',
  'pico-laser':
    'Very short laser pulses break up pigment in the skin; popular in Korea as gentle, repeated "laser toning" sessions.',
  'laser-hair-removal': 'Laser light aimed at the pigment in hair follicles slows the regrowth of hair in the treated area.',
  'chemical-peel':
    'An acid solution applied by a professional loosens the outer layers of skin so they shed; peels range from light to deep.',
  'led-therapy': 'Panels or masks shine red, blue or near-infrared light on the skin, without heat, needles or downtime.',
  'ipl-photofacial':
    'Broad-spectrum flashes of light target brown spots and visible redness; not a laser, and used in a series of sessions.',
  neurotoxin:
    'Injections of botulinum toxin relax the muscles behind expression lines, such as frown lines and crow’s feet.',
  'dermal-fillers':
    'Injectable gels, most often hyaluronic acid, restore volume or smooth folds in areas such as lips, cheeks and under-eyes.',
  'skin-boosters':
    'Small injections of hyaluronic acid or polynucleotides spread across the face to hydrate and improve skin quality.',
  microdermabrasion:
    'A diamond tip or fine crystals buff away the outermost layer of dead skin cells, with suction to clear them.',
  dermaplaning: 'A professional glides a sterile blade over the skin to lift dead cells and fine vellus hair.',
  hifu: 'Focused ultrasound heats points deep below the surface, down to the muscle layer, to tighten and lift without incisions.',
  'rf-skin-tightening':
    'Radiofrequency energy heats the deeper layers of the skin through its surface to tighten it, without needles.',
  prp: 'Platelet-rich plasma from the patient’s own blood is applied or injected into the skin or scalp.',
  mesotherapy: 'Many tiny injections deliver vitamins, hyaluronic acid or other actives into the middle layer of the skin.',
  'oxygen-facial': 'A stream of pressurised oxygen carries serums onto the skin as part of a hydrating facial.',
}
