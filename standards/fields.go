package standards

// FieldType is how a finding's field is entered.
type FieldType int

const (
	Number  FieldType = iota + 1 // a JSON number, within Range
	Text                         // free text; Suggestions may offer common values
	Boolean                      // true or false; missing means "not said"
	Choice                       // one of Options, by id
	Date                         // a day, YYYY-MM-DD
)

var fieldTypeNames = [...]string{"", "number", "text", "boolean", "choice", "date"}

func (t FieldType) String() string { return name(fieldTypeNames[:], int(t), "FieldType") }

func (t FieldType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// Field is one thing a driver records about the vehicle or a finding. The
// UI builds its forms from these; the file decoder and encoder, Value and
// Set reach the fields of a Vehicle or a Finding through them.
type Field struct {
	Name        string     `json:"name"` // the key in a finding of the self-check file
	Label       string     `json:"label"`
	Type        FieldType  `json:"type"`
	Unit        string     `json:"unit,omitempty"`
	Range       *Range     `json:"range,omitempty"`       // numbers only
	Options     []Option   `json:"options,omitempty"`     // choices only: the allowed values
	Suggestions []Option   `json:"suggestions,omitempty"` // text only: common values, others allowed
	Help        string     `json:"help,omitempty"`
	Needed      bool       `json:"needed,omitempty"`   // the verdict depends on it; missing makes it borderline
	Limit       *TextLimit `json:"limit,omitempty"`    // text only: the longest it may be
	Required    bool       `json:"required,omitempty"` // the file must give it (vehicle.powertrain, vehicle.firstRegistered)

	// A finding's field, by its type.
	number func(*Finding) **float64
	text   func(*Finding) *string
	flag   func(*Finding) **bool
	// A vehicle's field: *string, **float64, **bool, *date.Date,
	// *Powertrain or *Agreement.
	of func(*Vehicle) any
}

// Range is the inclusive range of a number field.
type Range struct {
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

// Option is one value of a choice, or a suggestion for a text field.
type Option struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// Tyre and wheel positions.
var wheelPositions = []Option{
	{"front-left", "Front left"},
	{"front-right", "Front right"},
	{"rear-left", "Rear left"},
	{"rear-right", "Rear right"},
	{"spare", "Spare"},
}

// The fields of a finding, in the order a file writes them. Kinds use copies,
// sometimes relabelled.
var (
	locationField = Field{Name: "location", Label: "Where on the car", Type: Text, Limit: locationLimit,
		text: func(f *Finding) *string { return &f.Location }}
	panelField = Field{Name: "location", Label: "Panel", Type: Text, Needed: true, Limit: locationLimit,
		Help:        "Only one dent per panel is accepted, so say which panel.",
		Suggestions: panelOptions(),
		text:        func(f *Finding) *string { return &f.Location }}
	positionField = Field{Name: "position", Label: "Wheel", Type: Choice, Options: wheelPositions,
		text: func(f *Finding) *string { return &f.Position }}
	sizeField = Field{Name: "sizeMm", Label: "Size, longest way across", Type: Number, Unit: "mm",
		Range: &Range{0, 1000}, Needed: true,
		number: func(f *Finding) **float64 { return &f.SizeMm }}
	treadField = Field{Name: "treadMm", Label: "Lowest tread depth across the middle 75% of the tyre", Type: Number, Unit: "mm",
		Range: &Range{0, 20}, Needed: true,
		number: func(f *Finding) **float64 { return &f.TreadMm }}
	brandField = Field{Name: "brand", Label: "Tyre brand", Type: Text, Limit: brandLimit, Suggestions: []Option{{"Pirelli", "Pirelli"}, {"Bridgestone", "Bridgestone"}},
		Help: "Tyres on the same axle must match in brand and size.",
		text: func(f *Finding) *string { return &f.Brand }}
	tyreSizeField = Field{Name: "size", Label: "Tyre size", Type: Text, Limit: tyreSizeLimit, Help: "As on the sidewall, such as 165/65 R15.",
		text: func(f *Finding) *string { return &f.Size }}
	premiumField = Field{Name: "premiumBrand", Label: "A premium brand approved by the manufacturer, such as Pirelli or Bridgestone", Type: Boolean, Needed: true,
		Help: "Not sure leaves the tyre borderline: the standards require a premium brand approved by the manufacturer.",
		flag: func(f *Finding) **bool { return &f.PremiumBrand }}
	swageField = Field{Name: "onSwageLineOrEdge", Label: "On a swage line (a crease styled into the panel) or an edge", Type: Boolean, Needed: true,
		flag: func(f *Finding) **bool { return &f.OnSwageLineOrEdge }}
	highProfileField = Field{Name: "highProfilePanel", Label: "On a high-profile panel, such as the bonnet or a wheel arch", Type: Boolean, Needed: true,
		flag: func(f *Finding) **bool { return &f.HighProfilePanel }}
	inViewField = Field{Name: "inDriversView", Label: "In the driver's line of sight", Type: Boolean, Needed: true,
		flag: func(f *Finding) **bool { return &f.InDriversView }}
	crackingField = Field{Name: "cracking", Label: "Signs of cracking around it", Type: Boolean, Needed: true,
		flag: func(f *Finding) **bool { return &f.Cracking }}
	appearanceField = Field{Name: "affectsAppearance", Label: "Spoils the overall appearance of the car", Type: Boolean, Needed: true,
		flag: func(f *Finding) **bool { return &f.AffectsAppearance }}
	noteField = Field{Name: "note", Label: "Note", Type: Text, Limit: noteLimit,
		text: func(f *Finding) *string { return &f.Note }}
)

// findingFields are every field a finding may carry, in file order.
var findingFields = []*Field{&locationField, &positionField, &sizeField, &treadField, &brandField, &tyreSizeField,
	&swageField, &highProfileField, &inViewField, &crackingField, &appearanceField, &noteField, &premiumField}

// vehicleFields are the vehicle's fields, in the order a file writes them
// and a form asks for them.
var vehicleFields = []*Field{
	{Name: "model", Label: "Model", Type: Text, Limit: modelLimit, Help: "Such as smart fortwo coupé or smart #1.",
		of: func(v *Vehicle) any { return &v.Model }},
	{Name: "powertrain", Label: "Powertrain", Type: Choice, Required: true, Options: choices(powertrainNames[:], powertrainLabels[:]),
		of: func(v *Vehicle) any { return &v.Powertrain }},
	{Name: "registrationNumber", Label: "Registration number", Type: Text, Limit: registrationLimit,
		of: func(v *Vehicle) any { return &v.RegistrationNumber }},
	{Name: "firstRegistered", Label: "First registered", Type: Date, Required: true,
		Help: "On the V5C log book. It decides how many dents are accepted and whether an MOT is needed.",
		of:   func(v *Vehicle) any { return &v.FirstRegistered }},
	{Name: "agreement", Label: "Agreement type", Type: Choice, Options: choices(agreementNames[:], agreementLabels[:]),
		of: func(v *Vehicle) any { return &v.Agreement }},
	{Name: "agreementEnds", Label: "Agreement ends", Type: Date, Help: "The day the car goes back. Left empty, today counts as the return date.",
		of: func(v *Vehicle) any { return &v.AgreementEnds }},
	{Name: "lastOfficialService", Label: "Last official service", Type: Date,
		of: func(v *Vehicle) any { return &v.LastOfficialService }},
	{Name: "fullServiceHistory", Label: "Full smart service history from a smart Retailer", Type: Boolean,
		of: func(v *Vehicle) any { return &v.FullServiceHistory }},
	{Name: "motExpires", Label: "MOT expires", Type: Date,
		of: func(v *Vehicle) any { return &v.MOTExpires }},
	{Name: "cherishedPlate", Label: "Cherished number plate", Type: Boolean,
		of: func(v *Vehicle) any { return &v.CherishedPlate }},
	{Name: "mileage", Label: "Mileage", Type: Number, Unit: "miles",
		of: func(v *Vehicle) any { return &v.Mileage }},
}

// VehicleFields is the schema of the vehicle: its fields in the order a
// form asks for them. It is shared: do not modify it.
func VehicleFields() []*Field { return vehicleFields }
