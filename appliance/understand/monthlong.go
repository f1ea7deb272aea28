package understand

import "regexp"

// A service whose name says it lasts a month (h40h): "اشتراك شهر مكتب
// مشترك", "Monthly hot-desk membership" is no length of hours. Hours said
// after words naming it and an hourly service alike ("مكتب مشترك
// ساعتين") are the hourly service's count, never that month's length.

// monthLongName: a name that states a month ("اشتراك شهر", "شهري",
// "monthly", "one month").
var monthLongName = regexp.MustCompile(`(?i)(?:^|[\s(])(?:ال)?شهر(?:ي|ى)?(?:[\s)،,]|$)|\bmonthly\b|\bmonth\b`)

// monthLong: product p's name says it lasts a month.
func (r *Rules) monthLong(p int32) bool {
	prod := r.lx.products[p]
	return monthLongName.MatchString(prod.NameAr) || monthLongName.MatchString(prod.NameEn)
}
