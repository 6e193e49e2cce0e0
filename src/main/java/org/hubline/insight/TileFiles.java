package org.hubline.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A tile as a file: CSV (UTF-8) or an Excel workbook (XLSX, by Apache POI), with exactly the
 * figures shown on screen, so small counts stay "fewer than 5". Whole numbers are written as
 * numbers in the workbook so they add up there; everything else as text.
 */
public final class TileFiles {

    private TileFiles() {
    }

    /** The file name, without extension: "hubline-needs-by-ward-2034-03-08-to-2034-03-14". */
    public static String name(Tile tile, InsightFilter filter) {
        return "hubline-" + tile.title().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-"
                + filter.from() + "-to-" + filter.to();
    }

    public static byte[] csv(Tile tile) {
        StringBuilder sb = new StringBuilder();
        line(sb, tile.columns());
        tile.rows().forEach(r -> line(sb, r));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (i > 0) {
                sb.append(',');
            }
            // quote everything that could be misread, and defuse spreadsheet formulas
            boolean formula = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("[+-][0-9.]+%?");
            String safe = formula ? "'" + cell : cell;
            if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || formula) {
                sb.append('"').append(safe.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(safe);
            }
        }
        sb.append("\r\n");
    }

    public static byte[] xlsx(Tile tile, String scope, InsightFilter filter) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet(tile.title().length() > 31 ? tile.title().substring(0, 31)
                    : tile.title());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(tile.title() + " · " + scope + " · " + filter.from()
                    + " to " + filter.to());
            sheet.createRow(1).createCell(0).setCellValue(tile.summary());
            Row header = sheet.createRow(3);
            for (int c = 0; c < tile.columns().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(tile.columns().get(c));
                cell.setCellStyle(bold);
            }
            int r = 4;
            for (List<String> values : tile.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c) == null ? "" : values.get(c);
                    if (value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            for (int c = 0; c < tile.columns().size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, tile.columns().get(c).length() + 4)) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
