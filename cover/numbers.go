package cover

import (
	"fmt"
	"strings"
)

// Number is a telephone number as a document prints it, with the form the
// app shows and a tel: link in E.164.
type Number struct {
	ID      string
	Label   string // who it reaches and when to ring it
	Printed string // exactly as the document prints it
	Display string // the form the app shows
	Tel     string // "tel:+…", E.164
	Hours   string // opening hours as the document gives them; "" when not given
	Shown   bool   // false for a variant the app keeps only for the record
	Note    string // why this variant is or is not shown
	Reading string // for the driver: how the documents differ and which form the app uses; "" when they agree
	Source  string
}

// Numbers are every telephone number in the documents, with each printed
// variant kept.
//
// The road assistance freephone number is printed two ways. The page (000)
// has "00800 2 777 77777": 00800 and nine digits. The booklet (001) has
// "00800 2777 7777": 00800 and eight digits. 00800 is the prefix of an
// International Freephone Number (ITU-T E.169.1, country code +800), which
// always has exactly eight digits, so only the booklet's form can be dialled
// as printed: the app shows it, +800 2777 7777.
//
// The two documents give different international numbers for different
// needs: the page's 0044 207 975 7079 "if you are calling from outside the UK
// (International)", and the booklet's +44 207 975 7077 "if you are calling
// from a mobile and cannot reach us on the number above" (the freephone). The
// page is the current road assistance page, while the booklet is dated
// 08/2016 and "details may change without prior notice", so the page's
// number is the one shown for calls from abroad; the booklet's is the only
// one either document gives for a mobile that cannot reach the freephone, so
// it is shown for that. Neither document calls the 00800 number free.
var Numbers = []Number{
	{ID: "uk", Label: "From within the UK",
		Printed: "00800 2777 7777", Display: "00800 2777 7777", Tel: "tel:+80027777777", Hours: "Lines open 24hrs, 7 days a week",
		Shown: true, Note: "00800 and eight digits: a valid International Freephone Number",
		Reading: "The road assistance web page prints this number as 00800 2 777 77777, with one digit too many: a number starting 00800 has eight digits after it. " +
			"We use the booklet's 00800 2777 7777, which has the right number of digits.",
		Source: srcBooklet + ", Important contacts: smart road assistance enquiries"},
	{ID: "uk-page", Label: "From within the UK, as the page prints it",
		Printed: "00800 2 777 77777", Display: "00800 2 777 77777", Tel: "tel:+800277777777",
		Note:   "not shown: 00800 and nine digits, one more than an International Freephone Number has",
		Source: srcPage + ", Contact us"},
	{ID: "ireland", Label: "From the Republic of Ireland",
		Printed: "00353 16 058 449", Display: "00353 16 058 449", Tel: "tel:+35316058449",
		Shown: true, Source: srcPage + ", Contact us"},
	{ID: "international", Label: "From outside the UK (international)",
		Printed: "0044 207 975 7079", Display: "0044 207 975 7079", Tel: "tel:+442079757079",
		Shown: true, Note: "the road assistance page's number for calls from outside the UK",
		Source: srcPage + ", Contact us"},
	{ID: "mobile", Label: "From a mobile that cannot reach 00800 2777 7777",
		Printed: "+44 207 975 7077", Display: "+44 207 975 7077", Tel: "tel:+442079757077", Hours: "Lines open 24hrs, 7 days a week",
		Shown: true, Note: "the only number either document gives for a mobile that cannot reach the freephone",
		Source: srcBooklet + ", Important contacts: smart road assistance enquiries"},
	{ID: "customer-services", Label: "Customer Services",
		Printed: "0370 847 0700", Display: "0370 847 0700", Tel: "tel:+443708470700",
		Hours: "For the opening hours of our UK based call centre please visit uk.smart.com/contactus (calls may be recorded).",
		Shown: true, Source: srcBooklet + ", Important contacts"},
	{ID: "motor-insurance", Label: "Motor Insurance by smart (charged at local rate)",
		Printed: "0345 603 3330", Display: "0345 603 3330", Tel: "tel:+443456033330",
		Hours: "Monday to Friday 8.30am – 6.00pm, Saturday 9.00am – 2.00pm (calls may be recorded). All calls charged at local rate.",
		Shown: true, Source: srcBooklet + ", Important contacts"},
	{ID: "dvla-retention", Label: "DVLA, to put a cherished number plate on retention (at least 10–12 weeks before the end of your agreement)",
		Printed: "0300 790 6802", Display: "0300 790 6802", Tel: "tel:+443007906802",
		Shown: true, Source: srcBooklet + ", Vehicle Return Standards p.15"},
}

// NumberOf returns the number with the id.
func NumberOf(id string) (Number, bool) {
	for _, n := range Numbers {
		if n.ID == id {
			return n, true
		}
	}
	return Number{}, false
}

// Call is a number to ring for road assistance.
type Call struct {
	ID     string `json:"id"` // uk, ireland, international, mobile
	Label  string `json:"label"`
	Number string `json:"number"`
	Tel    string `json:"tel"`
}

// CallFrom is where the driver rings from, as the numbers care.
type CallFrom int

const (
	FromUnknown CallFrom = iota // not said, or not a place we know
	FromUK                      // Great Britain or Northern Ireland
	FromIreland                 // the Republic of Ireland
	FromAbroad                  // anywhere else
)

// CallFromPlace says where a call from the place is made from; nil is unknown.
func CallFromPlace(p *Place) CallFrom {
	switch {
	case p == nil:
		return FromUnknown
	case p.Name == "Great Britain" || p.PartOf == "Great Britain" && p.Kind == Region:
		return FromUK
	case p.Name == "Ireland":
		return FromIreland
	}
	return FromAbroad
}

// CallPlan is the numbers to ring from one kind of place, in the order to
// try them, and what to tell the driver about that order.
type CallPlan struct {
	From   CallFrom
	Order  []string // number ids
	Advice string   // %[1]s, %[2]s… are the numbers in Order
	Source string
}

// CallPlans follow the documents for each place:
//   - from the UK, the page says "Please call 00800 2 777 77777 from within
//     the UK" and the booklet "if you are calling from a mobile and cannot
//     reach us on the number above please call: +44 207 975 7077". The Irish
//     number is for "if you are in the Republic of Ireland" only: never
//     offered from the UK.
//   - from Ireland, the page's Irish number, then its number for "calling
//     from outside the UK (International)", which Ireland is.
//   - from anywhere else, the page's international number. The booklet's
//     +44 number is also a UK number that can be rung from abroad; the
//     documents give it only for a mobile that cannot reach the 00800
//     number, so it is offered second and says so.
//   - from a place not said, every number, each saying where it is for.
var CallPlans = []CallPlan{
	{From: FromUK, Order: []string{"uk", "mobile"},
		Advice: "From the UK, ring %[1]s. If your mobile cannot reach it, ring %[2]s.",
		Source: srcPage + ", Contact us; " + srcBooklet + ", Important contacts"},
	{From: FromIreland, Order: []string{"ireland", "international"},
		Advice: "From the Republic of Ireland, ring %[1]s. If it does not connect, the number for calling from outside the UK is %[2]s.",
		Source: srcPage + ", Contact us"},
	{From: FromAbroad, Order: []string{"international", "mobile"},
		Advice: "From outside the UK, ring %[1]s. The booklet also gives %[2]s for a mobile that cannot get through.",
		Source: srcPage + ", Contact us; " + srcBooklet + ", Important contacts"},
	{From: FromUnknown, Order: []string{"uk", "mobile", "ireland", "international"},
		Advice: "Say where you are, under “Where are you?”, to put the right number first. Each number says where it is for.",
		Source: srcPage + ", Contact us; " + srcBooklet + ", Important contacts"},
}

// PlanFrom is the plan for ringing from the place, its advice with the
// numbers filled in; nil is unknown.
func PlanFrom(p *Place) CallPlan {
	f := CallFromPlace(p)
	for _, c := range CallPlans {
		if c.From == f {
			if strings.Contains(c.Advice, "%") {
				numbers := make([]any, len(c.Order))
				for i, id := range c.Order {
					n, _ := NumberOf(id)
					numbers[i] = n.Display
				}
				c.Advice = fmt.Sprintf(c.Advice, numbers...)
			}
			return c
		}
	}
	panic("cover: no call plan")
}

// CallList gives the road assistance numbers to ring from the place, in the
// order to try them (see CallPlans); nil is a place not known.
func CallList(from *Place) []Call {
	order := PlanFrom(from).Order
	out := make([]Call, 0, len(order))
	for _, id := range order {
		n, _ := NumberOf(id)
		out = append(out, Call{ID: n.ID, Label: n.Label, Number: n.Display, Tel: n.Tel})
	}
	return out
}

// Email is an email address from the documents.
type Email struct {
	ID, Label, Address, Source string
}

var Emails = []Email{
	{ID: "customer-services", Label: "Customer Services", Address: "customerservices-mbfs@daimler.com",
		Source: srcBooklet + ", Important contacts; How to make a complaint p.13"},
}

// Address is a postal address from the documents.
type Address struct {
	ID      string
	Name    string
	Lines   []string
	Web     string // "" when not given
	Purpose string
	Source  string
}

// Addresses are the postal addresses for complaints.
var Addresses = []Address{
	{ID: "mbfs", Name: "Mercedes-Benz Financial Services UK Limited",
		Lines:   []string{"Tongwell", "Milton Keynes", "MK15 8BA"},
		Purpose: "Stage 1: to complain to us in writing",
		Source:  srcBooklet + ", How to make a complaint p.13, Stage 1"},
	{ID: "fla", Name: "Finance and Leasing Association",
		Lines:   []string{"Imperial House", "15-19 Kingsway", "London", "WC2B 6UN"},
		Purpose: "Stage 3: its Complaints Handling Team, if the matter is not resolved to your satisfaction",
		Source:  srcBooklet + ", How to make a complaint p.13, Stage 3"},
	{ID: "fleet-administration", Name: "Fleet Administration, Mercedes-Benz Financial Services UK Ltd",
		Lines:   []string{"Tongwell", "Milton Keynes", "MK15 8BA"},
		Purpose: "Contract Hire: to post your MOT certificate if you misplace the prepaid envelope",
		Source:  srcBooklet + ", Questions for Contract Hire Customers only p.11"},
	{ID: "bvrla", Name: "British Vehicle Rental and Leasing Association (BVRLA)",
		Lines:   []string{"River Lodge", "Badminton Court", "Amersham", "HP7 0DD"},
		Purpose: "Stage 3: instead of the Finance and Leasing Association, if your complaint is about Vehicle Return Standards",
		Source:  srcBooklet + ", How to make a complaint p.13, Stage 3"},
	{ID: "fos", Name: "Financial Ombudsman Service",
		Lines:   []string{"Exchange Tower", "Harbour Exchange Square", "London", "E14 9SR"},
		Web:     "www.financial-ombudsman.org.uk",
		Purpose: "Stage 4: independent review, if there is no final response within eight weeks or you are not satisfied with the outcome",
		Source:  srcBooklet + ", How to make a complaint p.13, Stage 4"},
}

// WebAddress is a web address the documents give, shown as text to copy;
// the app never fetches it.
type WebAddress struct {
	Address string // as printed, without https://
	Purpose string
	Source  string
}

// WebAddresses are the addresses the documents give for the driver to visit.
var WebAddresses = []WebAddress{
	{"uk.smart.com/existing", "examples of acceptable and unacceptable wear and tear, and the FAQs", srcBooklet + ", Welcome p.4; Questions p.10; Vehicle Return Standards p.15"},
	{"uk.smart.com/vrs", "the Vehicle Return Standards", srcBooklet + ", agreement pages pp.6-9"},
	{"uk.smart.com/contactus", "the opening hours of Customer Services", srcBooklet + ", Important contacts"},
	{"uk.smart.com/insurance", "Motor Insurance by smart", srcBooklet + ", Motor Insurance by smart p.5"},
	{"uk.smart.com/servicecare", "Service Care", srcBooklet + ", Service Care p.5"},
	{"thesmart.co.uk/retailer", "details of smart Retailers", srcBooklet + ", How to look after your smart p.14"},
	{"gov.uk/keep-registration-number", "putting a cherished number plate on retention", srcBooklet + ", Vehicle Return Standards p.15"},
	{"www.financial-ombudsman.org.uk", "the Financial Ombudsman Service", srcBooklet + ", How to make a complaint p.13, Stage 4"},
}

// AddressOf returns the address with the id.
func AddressOf(id string) (Address, bool) {
	for _, a := range Addresses {
		if a.ID == id {
			return a, true
		}
	}
	return Address{}, false
}

// The emergency services, said before anything else where a driver has
// broken down. They are the only numbers not from the documents, which give
// none for an emergency: 112 reaches the emergency services free of charge
// from any phone across the EU, and in the UK both 999 and 112 do.
const (
	Emergency       = "112" // across Europe, the UK too
	EmergencyUK     = "999"
	EmergencySource = "112, the European emergency number (European Commission); 999 in the UK (Ofcom). Your documents give none"
)
