package cover

import "github.com/smart-selfcheck/selfcheck/standards"

// AgreementInfo is what the booklet says about an agreement type: what it is,
// what happens at its end, and what to do before taking the car abroad.
type AgreementInfo struct {
	Agreement standards.Agreement
	Name      string   // as the booklet writes it
	Overview  string   // quoted
	AtEnd     []string // "What happens at the end of your agreement?", quoted
	Abroad    string   // taking the car abroad; "" when the booklet says nothing for this type
	Points    []Point  // what the driver can act on, quoted
	Note      string   // how we read the booklet where it is silent
	Source    string
}

// Point is something the booklet tells a driver that they can act on.
type Point struct {
	Title  string
	Text   string // quoted
	Source string
}

const srcHireQA = srcBooklet + ", Questions for Contract Hire Customers only p.11"

var operatingLeaseEnd = []string{
	"At the end of the agreement simply hand back your vehicle with nothing more to pay, subject to meeting our Vehicle Return Standards as vehicle condition, excess mileage and other charges may be payable.",
	"Near the end of your agreement, we’ll remind you that it’s about to end and we’ll schedule for the return of your smart at your convenience. Please be aware that excess mileage, damage or service history related charges may apply.",
	"You can then lease another smart or purchase one of your own.",
}

// Agreements are the four agreement types of the booklet.
var Agreements = []AgreementInfo{
	{
		Agreement: standards.Agility, Name: "Agility",
		Overview: "Payments are based only on a proportion of the vehicle’s value, keeping your monthly payments lower. " +
			"Our Guaranteed Future Value avoids the risk of unplanned depreciation of your vehicle. You defer your ownership decision until the end of the agreement.",
		AtEnd: []string{
			"We’ll be in contact with you towards the end of your agreement to discuss your choices.",
			"Purchase your smart by paying the Optional Purchase Payment – if you choose to purchase your smart, a Purchase Activation fee will be debited from your account completing the purchase of your smart, leaving you free to enjoy your car.",
			"Purchase your smart by paying the Optional Purchase Payment and Purchase Activation Fee. The Purchase Activation fee will be debited from your account. This will complete the purchase of your smart, leaving you free to part-exchange for a new vehicle.",
			"If you decide to return your smart to us, it must be in line with our Vehicle Return Standards, as vehicle condition, excess mileage and other charges may be payable.",
		},
		Points: []Point{{Title: "The Optional Purchase Payment", Text: "To find out this amount, please look at your agreement under the other financial information section.",
			Source: srcBooklet + ", Your Agility agreement p.6"}},
		Source: srcBooklet + ", Your Agility agreement p.6",
	},
	{
		Agreement: standards.OperatingLease, Name: "Operating Lease",
		Overview: "Rentals are based on your annual mileage agreed at the start of your agreement and only on a proportion of the vehicle’s value, keeping your monthly payments lower.",
		AtEnd:    operatingLeaseEnd,
		Source:   srcBooklet + ", Your Operating Lease agreement p.7",
	},
	{
		Agreement: standards.ContractHire, Name: "Contract Hire",
		Overview: "Rentals include the cost of the Road Fund Licence. Rentals are based on your annual mileage agreed at the start of your agreement.",
		AtEnd: []string{
			"At the end of your agreement hand back your smart with nothing more to pay, subject to it meeting our Vehicle Return Standards, as vehicle condition, excess mileage and other charges may be payable.",
			"Your Retailer will be in touch towards the end of your agreement to guide you through the process of returning your smart. Please be aware that excess mileage, damage or service history related charges may apply.",
			"You can then lease another smart or purchase one of your own.",
		},
		Abroad: "Please contact Customer Services on 0370 847 0700 for a VE103 form. Please note that a fee may be applicable.",
		Points: []Point{
			{Title: "Fines", Text: "We will also administer any speeding and parking fines when necessary. Please note there is an administration charge per fine.",
				Source: srcBooklet + ", Your Contract Hire agreement p.8"},
			{Title: "Congestion charges", Text: "All congestion fines will be paid by Mercedes-Benz Finance and recharged to you. Please be aware that you may be charged an administration fee (excludes Northern Ireland customers, the fine will go directly to you). If you have any questions regarding these fees please contact us on 0370 847 0700.",
				Source: srcHireQA},
			{Title: "Road Fund Licence", Text: "Your first RFL will be provided in your new vehicle. Under the terms of your Contract Hire agreement, any subsequent RFL renewals will be requested by us on your behalf. As tax discs are no longer issued by the DVLA, a letter will be issued advising that the tax has been renewed before the end of the month of expiry. For Northern Ireland vehicles, it is your responsibility to renew your tax disc and send proof of purchase to us at Mercedes Benz Financial Services.",
				Source: srcHireQA},
			{Title: "If the RFL cost increases", Text: "If the RFL cost increases, you will be responsible for the increased amount. As a result, we will revise your direct debit payments and you will receive an invoice to reflect these changes.",
				Source: srcBooklet + ", Your Contract Hire agreement p.8, Road Fund Licence (RFL)"},
			{Title: "MOT", Text: "We will send an MOT reminder approximately one month before your MOT is due. Once your MOT is complete you are required to return the certificate to us in the envelope provided with the reminder. If you misplace the prepaid envelope please post your certificate to Fleet Administration, Mercedes-Benz Financial Services UK Ltd, Tongwell, Milton Keynes MK15 8BA.",
				Source: srcHireQA},
			{Title: "Service, Maintenance and Repair", Text: "If you have chosen to include Service, Maintenance and Repair within your agreement you will have one of three levels of cover: Service Only covers scheduled maintenance; Full Maintenance adds wear and tear repairs; and Full Maintenance with Tyres also includes wear and tear tyre coverage. Please refer to your agreement documentation to confirm which cover you have included.",
				Source: srcBooklet + ", Your Contract Hire agreement p.8, Service, Maintenance and Repair"},
		},
		Source: srcBooklet + ", Your Contract Hire agreement p.8; Questions for Contract Hire Customers only p.11",
	},
	{
		Agreement: standards.LeaseAndCare, Name: "lease&care",
		Overview: "A lease&care agreement consists of an Operating Lease agreement for your vehicle and a lease agreement for your battery. " +
			"Battery Care Cover is included as standard, and as a lease&care customer, you will also benefit from sale&care move.",
		AtEnd: operatingLeaseEnd,
		Points: []Point{
			{Title: "Battery Care Cover", Text: "We will carry out any work needed to keep your battery in good working condition too.", Source: srcBatteryCare},
			{Title: "Maintenance and preventative checks", Text: "In addition, your Battery Care Cover will include all recommended battery maintenance and servicing, as well as any preventative treatment checks which may be required.",
				Source: srcBatteryCare},
			{Title: "If the battery falls below 80% of its capacity", Text: BatteryReplacement.Text, Source: BatteryReplacement.Source},
			{Title: "Battery maintenance", Text: "For all of your smart electric drive After Sales requirements you will need to visit a smart electric drive Retailer.",
				Source: srcBooklet + ", Questions for lease&care Customers only p.11"},
		},
		Note: "The booklet gives no separate end for lease&care: it \"consists of an Operating Lease agreement for your vehicle\", so the Operating Lease end applies. " +
			"sale&care move lasts \"for the life of your battery lease agreement\".",
		Source: srcBooklet + ", Your lease&care agreement p.9",
	},
}

// AgreementOf returns the booklet's information on agreement a.
func AgreementOf(a standards.Agreement) (AgreementInfo, bool) {
	for _, i := range Agreements {
		if i.Agreement == a {
			return i, true
		}
	}
	return AgreementInfo{}, false
}
