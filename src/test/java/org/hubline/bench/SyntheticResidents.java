package org.hubline.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.hubline.residents.MatchQuery;

/**
 * Labelled synthetic residents for the matcher benchmark: a register of people (some sharing a
 * household: surname, address and landline) and callers described the way callers describe
 * themselves — typos, nicknames (Bob for Robert), first and last name swapped, 07… or +44 7…
 * phones, postcodes without their space, people who have moved house or changed phone, missing
 * details — plus new people who are not on the register, many of them relatives or namesakes
 * of people who are. Seeded, so every run sees the same data.
 */
final class SyntheticResidents {

    static final String[] FIRST = {"Robert", "William", "Richard", "Elizabeth", "Margaret", "Katherine", "James",
            "John", "Michael", "David", "Thomas", "Anthony", "Joseph", "Christopher", "Daniel", "Matthew", "Andrew",
            "Edward", "Stephen", "Peter", "Patricia", "Susan", "Jennifer", "Deborah", "Barbara", "Dorothy",
            "Alexander", "Samuel", "Benjamin", "Charles", "Frederick", "Henry", "Victoria", "Rebecca", "Jacqueline",
            "Gregory", "Nicholas", "Philip", "Ronald", "Kenneth", "Mohammed", "Aisha", "Fatima", "Shabana", "Nasreen",
            "Imran", "Tariq", "Ayesha", "Zainab", "Hamza", "Joan", "Irene", "Brenda", "Sandra", "Linda", "Karen",
            "Gary", "Paul", "Mark", "Wayne", "Emma", "Sophie", "Chloe", "Olivia", "Jack", "Harry", "Oliver", "Noah",
            "Amelia", "Grace", "Ruby", "Leah", "Kyle", "Dean", "Shaun", "Tracy", "Julie", "Dawn", "Anne", "Sarah"};
    static final String[] LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
            "Clarke", "Begum", "Khan", "Hussain", "Ali", "Ahmed", "Islam", "Miah", "Rahman", "Akhtar", "Bibi",
            "Butterworth", "Schofield", "Ashworth", "Whitehead", "Kershaw", "Buckley", "Mellor", "Brierley", "Lees",
            "Ogden", "Howarth", "Hollinworth", "Stott", "Holt", "Hague", "Crossley", "Dawson", "Fletcher", "Harrison",
            "Kenyon", "Lord", "Mills", "Pickford", "Rhodes", "Shaw", "Tweedale", "Whittaker", "Wolstenholme", "Byrne",
            "Murphy", "Kowalski", "Nowak", "Ibrahim", "Mohamed", "Patel", "Shah", "Chowdhury", "Uddin", "Haworth",
            "Kay", "Bradshaw", "Entwistle", "Greenwood", "Heywood", "Lawton", "Marsden", "Nuttall", "Platt"};
    static final String[][] NICKNAMES = {{"Robert", "Bob"}, {"Robert", "Rob"}, {"William", "Bill"},
            {"William", "Will"}, {"Richard", "Dick"}, {"Richard", "Rick"}, {"Elizabeth", "Liz"}, {"Elizabeth", "Beth"},
            {"Margaret", "Maggie"}, {"Margaret", "Peggy"}, {"Katherine", "Kate"}, {"James", "Jim"}, {"John", "Jack"},
            {"Michael", "Mike"}, {"David", "Dave"}, {"Thomas", "Tom"}, {"Anthony", "Tony"}, {"Joseph", "Joe"},
            {"Christopher", "Chris"}, {"Daniel", "Dan"}, {"Matthew", "Matt"}, {"Andrew", "Andy"}, {"Edward", "Ted"},
            {"Stephen", "Steve"}, {"Peter", "Pete"}, {"Patricia", "Pat"}, {"Susan", "Sue"}, {"Jennifer", "Jenny"},
            {"Deborah", "Debbie"}, {"Barbara", "Babs"}, {"Dorothy", "Dot"}, {"Alexander", "Alex"}, {"Samuel", "Sam"},
            {"Benjamin", "Ben"}, {"Charles", "Charlie"}, {"Frederick", "Fred"}, {"Henry", "Harry"},
            {"Victoria", "Vicky"}, {"Rebecca", "Becky"}, {"Jacqueline", "Jackie"}, {"Gregory", "Greg"},
            {"Nicholas", "Nick"}, {"Philip", "Phil"}, {"Ronald", "Ron"}, {"Kenneth", "Ken"},
            {"Mohammed", "Muhammad"}};

    /** A person on the register (NHS number only in Hackney's sense: some records have one). */
    record Person(long id, String first, String last, LocalDate dob, String phone, String postcode, String uprn,
            String email, String nhs) {

        MatchQuery query() {
            return new MatchQuery(first, last, dob, phone, null, postcode, uprn, email);
        }
    }

    /** A caller: what they told the handler, and who they really are (0 when not on the register). */
    record Caller(Person told, long trueId, String kind) {
    }

    private final Random random;
    private final List<String> postcodes = new ArrayList<>();

    SyntheticResidents(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 12_000; i++) {
            postcodes.add("OL" + (1 + random.nextInt(16)) + " " + random.nextInt(10) + letter() + letter());
        }
    }

    List<Person> register(int size) {
        List<Person> people = new ArrayList<>(size);
        while (people.size() < size) {
            Person p = newPerson(people.size() + 1L);
            people.add(p);
            if (random.nextDouble() < 0.3 && people.size() < size) {
                people.add(relativeOf(p, people.size() + 1L));
            }
        }
        return people;
    }

    List<Caller> callers(List<Person> register, int count) {
        List<Caller> callers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double r = random.nextDouble();
            if (r < 0.7) {
                Person p = register.get(random.nextInt(register.size()));
                callers.add(new Caller(vary(p), p.id(), "returning"));
            } else if (r < 0.8) {
                callers.add(new Caller(vary(newPerson(0)), 0, "new"));
            } else if (r < 0.9) {
                Person p = register.get(random.nextInt(register.size()));
                callers.add(new Caller(vary(relativeOf(p, 0)), 0, "relative of someone on the register"));
            } else {
                Person p = register.get(random.nextInt(register.size()));
                Person namesake = new Person(0, p.first(), p.last(), dob(), phone(), postcode(), uprn(), null, nhs());
                callers.add(new Caller(vary(namesake), 0, "namesake of someone on the register"));
            }
        }
        return callers;
    }

    private Person newPerson(long id) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        return new Person(id, first, last, dob(), phone(), postcode(), uprn(),
                random.nextDouble() < 0.35 ? (first + "." + last + random.nextInt(100) + "@example.com")
                        .toLowerCase(Locale.ROOT) : null,
                nhs());
    }

    /** Same surname, address and (half the time) landline; a different first name and date of birth. */
    private Person relativeOf(Person p, long id) {
        String first;
        do {
            first = FIRST[random.nextInt(FIRST.length)];
        } while (first.equals(p.first()));
        return new Person(id, first, p.last(), dob(), random.nextBoolean() ? p.phone() : phone(), p.postcode(),
                p.uprn(), null, nhs());
    }

    /** The person as a caller describes them on the phone. */
    private Person vary(Person p) {
        String first = p.first();
        String last = p.last();
        if (random.nextDouble() < 0.15) {
            first = nickname(first);
        } else if (random.nextDouble() < 0.10) {
            first = typo(first);
        }
        if (random.nextDouble() < 0.15) {
            last = typo(last);
        }
        if (random.nextDouble() < 0.05) {
            String t = first;
            first = last;
            last = t;
        }
        LocalDate dob = p.dob();
        double d = random.nextDouble();
        if (d < 0.10) {
            dob = null;
        } else if (d < 0.15 && dob.getDayOfMonth() <= 12) {
            dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
        } else if (d < 0.18) {
            dob = dob.plusYears(random.nextBoolean() ? 1 : -1);
        }
        String phone = p.phone();
        double ph = random.nextDouble();
        if (ph < 0.15) {
            phone = phone();
        } else if (ph < 0.30) {
            phone = null;
        } else if (ph < 0.70 && phone.startsWith("07")) {
            phone = "+44 " + phone.substring(1, 5) + " " + phone.substring(5);
        }
        String postcode = p.postcode();
        String uprn = random.nextDouble() < 0.3 ? p.uprn() : null;
        double pc = random.nextDouble();
        if (pc < 0.12) {
            postcode = postcode();
            uprn = null;
        } else if (pc < 0.22) {
            postcode = null;
        } else if (pc < 0.5) {
            postcode = postcode.replace(" ", "").toLowerCase(Locale.ROOT);
        }
        String email = p.email() != null && random.nextDouble() < 0.3 ? p.email().toUpperCase(Locale.ROOT) : null;
        String nhs = p.nhs() != null && random.nextDouble() < 0.5 ? p.nhs() : null;
        return new Person(p.id(), first, last, dob, phone, postcode, uprn, email, nhs);
    }

    private String nickname(String first) {
        List<String> options = new ArrayList<>();
        for (String[] pair : NICKNAMES) {
            if (pair[0].equals(first)) {
                options.add(pair[1]);
            }
        }
        return options.isEmpty() ? first : options.get(random.nextInt(options.size()));
    }

    /** One slip of the finger: a letter dropped, doubled, swapped with the next, or replaced. */
    private String typo(String s) {
        if (s.length() < 4) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + s.charAt(i) + s.substring(i);
            case 2 -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
            default -> s.substring(0, i) + (char) ('a' + random.nextInt(26)) + s.substring(i + 1);
        };
    }

    private LocalDate dob() {
        return LocalDate.of(1925, 1, 1).plusDays(random.nextInt(29_000));
    }

    private String phone() {
        return random.nextDouble() < 0.8 ? "07" + (700_000_000 + random.nextInt(299_999_999))
                : "0161" + (4_000_000 + random.nextInt(5_999_999));
    }

    private String postcode() {
        return postcodes.get(random.nextInt(postcodes.size()));
    }

    private String uprn() {
        return random.nextDouble() < 0.7 ? String.valueOf(100_000_000_000L + (long) (random.nextDouble() * 9e11))
                : null;
    }

    private String nhs() {
        return random.nextDouble() < 0.4 ? String.valueOf(4_000_000_000L + (long) (random.nextDouble() * 5e9)) : null;
    }

    private char letter() {
        return "ABDEFGHJLNPQRSTUWXYZ".charAt(random.nextInt(20));
    }
}
