package standards

// The Fair Wear & Tear pages, area by area, in the booklet's order. Clauses
// are the booklet's words (001); the scraped text lost apostrophes, "½" and
// the bullet marks, which are restored here and nothing else. Web holds the
// web page's words (002) for the two sections it also states. Each clause
// names the kinds it decides.

const (
	booklet = "Your smart Journey booklet (08/2016), "
	webPage = "smart Vehicle Return Standards web page, "
)

func c(text string, kinds ...string) Clause { return Clause{Quote: Quote{Text: text}, kinds: kinds} }

// cw is a clause the web page states too, in its own words.
func cw(text, web string, kinds ...string) Clause {
	return Clause{Quote: Quote{Text: text}, Web: &Quote{Text: web}, kinds: kinds}
}

func fixed(id, label string, v Verdict) *Kind {
	return &Kind{ID: id, Label: label, Verdict: v, Fields: []Field{locationField}}
}

func fine(id, label string) *Kind { return fixed(id, label, Acceptable) }
func bad(id, label string) *Kind  { return fixed(id, label, NotAcceptable) }

// wrapsWording is both a Body and Paint clause and a general rule.
const wrapsWording = "Any vehicle wraps or livery will need to be removed and the vehicle returned to its original factory colour."

var areas = []*Area{
	{
		ID: "bumpers", Label: "Bumpers and body mouldings",
		source: booklet + "Fair Wear & Tear pp.16-17, Bumpers and Body Mouldings",
		Acceptable: []Clause{
			c(`Scuff marks up to 50mm (2"), which do not adversely affect the overall appearance of your smart.`, "bumpers.scuff"),
		},
		NotAcceptable: []Clause{
			c("Discoloured, loose, cracked, distorted, gouged or split bumpers and mouldings that require replacement, plastic welding or painting", "bumpers.damaged"),
			c("Dented bumpers and/or any dents penetrating through to the base material where painted", "bumpers.dent"),
			c("Repairs not conforming to original finish and specification.", "bumpers.poor-repair"),
		},
		Kinds: []*Kind{
			{ID: "bumpers.scuff", Label: "Scuff mark on a bumper or moulding",
				Rule:    "Acceptable up to 50 mm when it does not spoil the overall appearance; not acceptable over 50 mm or when it does.",
				Fields:  []Field{locationField, sizeField, appearanceField},
				measure: &bumperScuff},
			bad("bumpers.damaged", "Discoloured, loose, cracked, distorted, gouged or split bumper or moulding"),
			bad("bumpers.dent", "Dented bumper, or a dent through to the base material"),
			bad("bumpers.poor-repair", "Repair not matching the original finish"),
		},
	},
	{
		ID: "body", Label: "Body and paint",
		source:    booklet + "Fair Wear & Tear p.17, Body and Paint",
		webSource: webPage + "Body & Paint",
		Intro: []Clause{
			cw("There will be no charge for light damage. The most severe dents will be repaired as cost effectively as possible, but damage that has penetrated the base coat will be charged.",
				"There will be no charge for light damage. The most severe dents will be repaired as cost effectively as possible, but damage that has penetrated the base coat will be charged.",
				"body.dent", "body.scratch-through-base-coat"),
			cw(wrapsWording, wrapsWording, "body.wrap-or-livery"),
		},
		Acceptable: []Clause{
			cw(`Minor body dents, typically those caused by door-to-door contact, provided that: a) they are less than 13mm (1/2") in diameter maximum one dent per panel to maximum of two dents per vehicle for vehicles up to two years old and four dents for vehicles over two years`,
				`Minor body dents, typically those caused by door-to-door contact provided that; a) they are less than 13mm (1/2") in diameter - maximum one dent per panel to maximum of two dents per vehicle for vehicles up to two years old and four dents for vehicles over two years.`,
				"body.dent"),
			cw("b) if more than two (or four) dents exist, the most severe should be repaired",
				"b) if more than two (or four) dents exist, the most severe should be repaired.",
				"body.dent"),
			cw("Light surface scratches not through the top coat which can be removed by polishing/touch up",
				"Light surface scratches not through the top coat which can be removed by polishing/touch up.",
				"body.light-scratch"),
			cw("Any chipping of paintwork that can be attributed to normal usage (e.g. chips caused by stones flying off public road surfaces) provided that they do not penetrate the vehicle base coat nor show signs of corrosion",
				"Any chipping of paintwork that can be attributed to normal usage (e.g. chips caused by stones flying off public road surfaces) provided that they do not penetrate the vehicle base coat nor show signs of corrosion.",
				"body.stone-chip"),
			c("Previous repair up to an acceptable standard.", "body.good-repair"),
		},
		NotAcceptable: []Clause{
			cw("Any excessive chipping of paintwork arising from non-public road use e.g. gravel drives, industrial sites or private roads",
				"Any excessive chipping of paintwork arising from non-public road use e.g. gravel drives, industrial sites or private roads.",
				"body.excessive-chipping"),
			cw("Any chipping and scratching of paintwork that has penetrated the base coat and/or has caused corrosion of any kind which cannot be polished out",
				"Any chipping and scratching of paintwork that has penetrated the base coat and/or has caused corrosion of any kind which cannot be polished out.",
				"body.scratch-through-base-coat"),
			cw("Dents on swage lines or folder edges. Dents on high profile panels, i.e. bonnets/wheel arches, etc",
				"Dents on swage lines or folder edges. Dents on high profile panels, i.e. bonnets/wheel arches,",
				"body.dent"),
			cw("Industrial, chemical fall-out or other forms of contamination",
				"Industrial, chemical fall-out or other forms of contamination.",
				"body.contamination"),
			cw("Body panel misalignment not consistent with manufacturer's finish",
				"Body panel misalignment not consistent with manufacturer’s finish.",
				"body.misalignment"),
			cw("Previous body repairs and paint rectification if there is evidence of poor colour match, ripples, preparation marks, visible overspray, masking lines or excess dirt in paint. Excess paint chips which detract from the overall appearance of the smart, or panel",
				"Previous body repairs and paint rectification if there is evidence of poor colour match,ripples, preparation marks, visible overspray, masking lines or excess dirt in paint. Excess paint chips which detract from the overall appearance of the smart, or panel.",
				"body.poor-repair", "body.excess-chips"),
			cw("Under-body damage affecting the structural integrity of your smart or warranty",
				"Under-body damage affecting the structural integrity of your smart or warranty.",
				"body.underbody-damage"),
			cw("Damaged aerials. Drilled holes for telephone aerial fittings where the aerial has been removed",
				"Damaged aerials. Drilled holes for telephone aerial fittings where the aerial has been removed.",
				"body.damaged-aerial", "body.aerial-holes"),
			cw("Any missing caps or covers on the bodywork.",
				"Any missing caps or covers on the bodywork",
				"body.missing-cap"),
		},
		Kinds: []*Kind{
			{ID: "body.dent", Label: "Dent",
				Rule:    "Acceptable when less than 13 mm across and not on a swage line, an edge or a high-profile panel (bonnet, wheel arches); at most one per panel and 2 per car up to two years old at return, 4 when older: the largest beyond that are not acceptable.",
				Fields:  []Field{panelField, sizeField, swageField, highProfileField},
				measure: &dent},
			fine("body.light-scratch", "Light surface scratch, not through the top coat"),
			fine("body.stone-chip", "Stone chip from normal road use, not through the base coat, no corrosion"),
			fine("body.good-repair", "Previous repair to an acceptable standard"),
			bad("body.wrap-or-livery", "Vehicle wrap or livery"),
			bad("body.excessive-chipping", "Excessive chipping from non-public road use (gravel drives, industrial sites, private roads)"),
			bad("body.scratch-through-base-coat", "Chip or scratch through the base coat, or corrosion"),
			bad("body.contamination", "Industrial or chemical fall-out, or other contamination"),
			bad("body.misalignment", "Body panel misalignment"),
			bad("body.poor-repair", "Poor previous body repair or paint rectification"),
			bad("body.excess-chips", "Excess paint chips spoiling the appearance"),
			bad("body.underbody-damage", "Under-body damage affecting structure or warranty"),
			bad("body.damaged-aerial", "Damaged aerial"),
			bad("body.aerial-holes", "Drilled holes from a removed telephone aerial"),
			bad("body.missing-cap", "Missing cap or cover on the bodywork"),
		},
	},
	{
		ID: "glass", Label: "Glass",
		source: booklet + "Fair Wear & Tear p.18, Glass",
		Acceptable: []Clause{
			c("Chips on windscreen, which are less than 5mm, providing they do not obscure the driver's line of vision to a maximum of two per windscreen (MOT Standards)", "glass.windscreen-chip"),
			c("Headlamp lenses with minor chips, which do not detract from the overall appearance of your smart or affect the efficiency of the lamp", "glass.headlamp-chip"),
			c("Light scratches around periphery of the windscreen.", "glass.windscreen-edge-scratch"),
		},
		NotAcceptable: []Clause{
			c("Scratches and cracks in glass or stone chips with signs of cracking will need to be repaired", "glass.crack", "glass.windscreen-chip"),
			c("Cracks or damage to the windscreen within the driver's line of sight", "glass.windscreen-damage-in-view", "glass.windscreen-chip"),
			c("Chips greater than 5mm", "glass.windscreen-chip"),
			c("Incompatible window etchings", "glass.etching"),
			c("All lamps must be operational, holes or cracks in the glass or plastic covers of lamp units are not acceptable.", "glass.lamp-not-working", "glass.lamp-cover-damage"),
		},
		Kinds: []*Kind{
			{ID: "glass.windscreen-chip", Label: "Chip in the windscreen",
				Rule:    "Acceptable when less than 5 mm, out of the driver's line of sight and not cracking; at most two per windscreen, the largest beyond that not acceptable; greater than 5 mm not acceptable; exactly 5 mm borderline.",
				Fields:  []Field{sizeField, inViewField, crackingField, locationField},
				measure: &windscreenChip},
			fine("glass.headlamp-chip", "Minor chip in a headlamp lens"),
			fine("glass.windscreen-edge-scratch", "Light scratch around the edge of the windscreen"),
			bad("glass.crack", "Scratch or crack in glass"),
			bad("glass.windscreen-damage-in-view", "Crack or damage in the driver's line of sight"),
			bad("glass.etching", "Incompatible window etching"),
			bad("glass.lamp-not-working", "Lamp not working"),
			bad("glass.lamp-cover-damage", "Hole or crack in a lamp's glass or plastic cover"),
		},
	},
	{
		ID: "interior", Label: "Interior",
		source: booklet + "Fair Wear & Tear p.18, Interior",
		Intro: []Clause{
			c("The interior of your smart must be in a good condition for the age and mileage of the vehicle."),
		},
		Acceptable: []Clause{
			c("Normal wear and tear to carpets, trim, upholstery, etc", "interior.normal-wear"),
			c("Seat cover/trim repairs to a high standard", "interior.good-repair"),
			c("Texture repairs or colour matching plugs resulting from the removal of telephone/accessory equipment.", "interior.accessory-plug"),
		},
		NotAcceptable: []Clause{
			c("Burns to trim, seat covers, headlining and floor coverings requiring repair", "interior.burn"),
			c("Stains or discolouration of a permanent nature", "interior.stain"),
			c("Tears, cuts, rips and holes through seat covers, headlining and floor covering", "interior.tear"),
			c("Broken or damaged interior mouldings, trim pads, instrument panel, sun visor or headlining, etc", "interior.broken-trim"),
			c("Holes resulting from the removal of telephone accessory equipment. Telephone fitting kits should be left in-situ wherever possible", "interior.accessory-holes"),
			c("Any extended warranty items.", "interior.warranty-item"),
		},
		Kinds: []*Kind{
			fine("interior.normal-wear", "Normal wear to carpets, trim or upholstery"),
			fine("interior.good-repair", "Seat cover or trim repair to a high standard"),
			fine("interior.accessory-plug", "Texture repair or colour-matched plug where phone or accessory equipment was removed"),
			bad("interior.burn", "Burn to trim, seat covers, headlining or floor coverings"),
			bad("interior.stain", "Permanent stain or discolouration"),
			bad("interior.tear", "Tear, cut, rip or hole in seat covers, headlining or floor covering"),
			bad("interior.broken-trim", "Broken or damaged moulding, trim pad, instrument panel, sun visor or headlining"),
			bad("interior.accessory-holes", "Holes from removed phone or accessory equipment"),
			bad("interior.warranty-item", "Extended warranty item"),
		},
	},
	{
		ID: "wheels", Label: "Wheels and tyres",
		source: booklet + "Fair Wear & Tear pp.19-20, Wheels and Tyres",
		Intro: []Clause{
			c("Your smart must conform to the original specification of the vehicle. It must have matching tyres (of a size and premium brand, approved by the manufacturer) on each axle, for example, Pirelli or Bridgestone.", "wheels.tyre"),
		},
		Acceptable: []Clause{
			c("Scuffed sidewalls which can be cleaned", "wheels.sidewall-scuff"),
			c("Minor scuffing or damage under 25mm to the vehicle alloy or steel rim edge or wheel face", "wheels.rim-scuff"),
			c("Minimum remaining tread of 1.6mm across 75% of the tyre, in line with current legislation (MOT).", "wheels.tyre"),
		},
		NotAcceptable: []Clause{
			c("Tyres showing uneven wear indicating steering damage, i.e. tyre tread feathering", "wheels.uneven-wear"),
			c("Remoulds and other substandard tyres", "wheels.remould"),
			c("Any gouge, crack, cut, torn or plugged tyre side wall", "wheels.sidewall-damage"),
			c("Less than 1.6mm tread depth across 75% of the tyre including spare", "wheels.tyre"),
			c("Cracked or distorted wheel trims", "wheels.trim-damage"),
			c("Scuff chips and scratches exceeding 25mm", "wheels.rim-scuff"),
			c("Tyres with excessive wear not matching age or mileage of your smart.", "wheels.excessive-wear"),
		},
		Kinds: []*Kind{
			{ID: "wheels.tyre", Label: "Tyre",
				Rule:    "At least 1.6 mm of tread across 75% of the tyre, spare included; a premium brand approved by the manufacturer; the two tyres on each axle must match in brand and size.",
				Fields:  []Field{positionField, treadField, brandField, premiumField, tyreSizeField},
				measure: &tyreTread},
			{ID: "wheels.rim-scuff", Label: "Scuff or damage to a wheel rim or face",
				Rule:    "Acceptable under 25 mm; not acceptable over 25 mm; exactly 25 mm borderline.",
				Fields:  []Field{positionField, sizeField},
				measure: &rimScuff},
			fine("wheels.sidewall-scuff", "Scuffed tyre sidewall that can be cleaned"),
			bad("wheels.uneven-wear", "Uneven tyre wear or feathering (steering damage)"),
			bad("wheels.remould", "Remould or other substandard tyre"),
			bad("wheels.sidewall-damage", "Gouged, cracked, cut, torn or plugged tyre sidewall"),
			bad("wheels.trim-damage", "Cracked or distorted wheel trim"),
			bad("wheels.excessive-wear", "Tyre wear excessive for the car's age or mileage"),
		},
	},
	{
		ID: "underside", Label: "Underside",
		source: booklet + "Fair Wear & Tear pp.19-20, Underside",
		Intro: []Clause{
			c("Our engineers will check the underside of the vehicle for any impact damage."),
		},
		Acceptable: []Clause{
			c("Minor dents and deformation, such as stone damage, as long as they have not caused major corrosion. Any suspected impact damage should be investigated and dealt with professionally by a smart Retailer.", "underside.minor-dent"),
		},
		NotAcceptable: []Clause{
			c("Significant damage or distortion to chassis components.", "underside.chassis-damage"),
		},
		Kinds: []*Kind{
			fine("underside.minor-dent", "Minor dent or deformation underneath, such as stone damage, without major corrosion"),
			bad("underside.chassis-damage", "Significant damage or distortion to chassis components"),
		},
	},
	{
		ID: "oil-leaks", Label: "Oil leaks",
		source: booklet + "Fair Wear & Tear pp.19-20, Oil Leaks",
		Acceptable: []Clause{
			c("Some minor oil misting or dampness around seals or gaskets, providing oil drips are not present.", "oil-leaks.misting"),
		},
		NotAcceptable: []Clause{
			c("Any serious oil leakage which should be rectified at the earliest opportunity.", "oil-leaks.leak"),
		},
		Kinds: []*Kind{
			fine("oil-leaks.misting", "Minor oil misting or dampness around seals or gaskets, no drips"),
			bad("oil-leaks.leak", "Serious oil leak"),
		},
	},
	{
		ID: "luggage", Label: "Luggage area",
		source: booklet + "Fair Wear & Tear pp.19-20, Luggage Area",
		Acceptable: []Clause{
			c("Surface scoring and light blemishes that reflect normal use.", "luggage.scoring"),
		},
		NotAcceptable: []Clause{
			c("Floor coverings and surrounding trim panels should not be torn or split.", "luggage.torn"),
		},
		Kinds: []*Kind{
			fine("luggage.scoring", "Surface scoring or light blemishes from normal use"),
			bad("luggage.torn", "Torn or split floor covering or trim panel"),
		},
	},
	{
		ID: "door-aperture", Label: "Door aperture tread area",
		source: booklet + "Fair Wear & Tear pp.19-20, Door Aperture Tread Area",
		Acceptable: []Clause{
			c("A minor amount of scuffing to the door and luggage area treads and sills.", "door-aperture.scuffing"),
		},
		NotAcceptable: []Clause{
			c("Damaged paintwork down to bare metal and aperture seals that are torn.", "door-aperture.bare-metal", "door-aperture.torn-seal"),
		},
		Kinds: []*Kind{
			fine("door-aperture.scuffing", "Minor scuffing to door or luggage area treads and sills"),
			bad("door-aperture.bare-metal", "Paintwork damaged down to bare metal"),
			bad("door-aperture.torn-seal", "Torn aperture seal"),
		},
	},
	{
		ID: "rubber-seals", Label: "Rubber seals",
		source:    booklet + "Fair Wear & Tear pp.19-20, Rubber Seals",
		webSource: webPage + "Rubber Seals",
		Acceptable: []Clause{
			cw("Normal wear resulting in a minimal amount of minor damage and splits to rubber door and other seals.",
				"Normal wear resulting in a minimal amount of minor damage and splits to rubber door and other seals.",
				"rubber-seals.normal-wear"),
		},
		NotAcceptable: []Clause{
			cw("Evidence of neglect or abuse. If a seal becomes displaced it should be refitted immediately to avoid it becoming trapped or torn.",
				"Evidence of neglect or abuse. If a seal becomes displaced it should be refitted immediately to avoid it becoming trapped or torn.",
				"rubber-seals.neglect"),
		},
		Kinds: []*Kind{
			fine("rubber-seals.normal-wear", "Minor damage or splits to seals from normal wear"),
			bad("rubber-seals.neglect", "Seal neglected or abused (displaced, trapped or torn)"),
		},
	},
	{
		ID: "charging-cables", Label: "Charging cables", ElectricOnly: true,
		source: booklet + "Fair Wear & Tear pp.19-20, Charging Cables",
		Intro: []Clause{
			c("You are required to return with the vehicle all charging cables in full working order, without alteration.", "charging-cables.not-working"),
		},
		Acceptable: []Clause{
			c("Surface scoring and light blemishes that reflect normal use.", "charging-cables.scoring"),
		},
		NotAcceptable: []Clause{
			c("Any modifications to the cable, three pin plug or In Cable Control Unit", "charging-cables.modified"),
			c("Evidence of neglect or abuse.", "charging-cables.neglect"),
		},
		Kinds: []*Kind{
			fine("charging-cables.scoring", "Surface scoring or light blemishes on a cable from normal use"),
			bad("charging-cables.not-working", "Charging cable not in full working order"),
			bad("charging-cables.modified", "Modified cable, three-pin plug or In Cable Control Unit"),
			bad("charging-cables.neglect", "Cable neglected or abused"),
		},
	},
}
