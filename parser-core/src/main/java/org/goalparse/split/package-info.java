/**
 * Splitting: a file that holds several departments (a city's whole year in one PDF, a workbook with a sheet per
 * department, an HTML page with a section per department) into one layout per department, between normalize and
 * segment, so each department is segmented and interpreted as if it were a file of its own.
 */
package org.goalparse.split;
