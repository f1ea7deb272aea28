package server

// For the tests in package server_test.
var (
	RouteWalk   = routeWalk
	RouteDecode = routeDecode
)
