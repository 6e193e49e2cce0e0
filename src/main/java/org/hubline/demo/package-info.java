/**
 * Demo data for the developer's demo and the tests (the dev and test profiles, never production):
 * one runner that builds a small made-up borough through the other modules' public services,
 * as the people who would do it (an admin sets up partners and postcodes, a handler logs calls,
 * a coordinator registers volunteers and opens a case). Nothing else depends on it.
 */
package org.hubline.demo;
