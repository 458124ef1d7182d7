// Package standards decides whether a car meets the smart Vehicle Return
// Standards (Fair Wear & Tear) at the end of a finance agreement: finding by
// finding, the items to hand back, and the actions due before the return date.
//
// Every rule is data quoted from the source documents in shared/seeds: the
// "Your smart Journey" booklet (001, pages 15 to 20) and the Vehicle Return
// Standards web page (002). Evaluation is pure: the date is passed in.
//
// It also holds what every layer says about the car and the file alike: the
// vehicle's vocabulary (Powertrain, Agreement, used by package cover too),
// the form's schema (VehicleFields, each Kind's Fields), a field read and
// written by path (File.Value, File.Set), and the one reading of a
// self-check file (Parse), whose problems say by their Kind whether the file
// is refused or left to be corrected.
package standards
