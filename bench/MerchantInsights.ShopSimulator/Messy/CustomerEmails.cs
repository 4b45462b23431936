namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>Distinct, plausible customer e-mail addresses of a European shop (first.last@provider and variations).</summary>
public static class CustomerEmails
{
    private static readonly string[] First = ["anna", "ben", "clara", "david", "emma", "felix", "greta", "hugo", "ines", "jonas", "katrin", "lena", "marc", "nina",
        "oscar", "paula", "quentin", "rosa", "sophie", "tom", "ulla", "victor", "wiebke", "yann", "zoe", "lucas", "marie", "julia", "noah", "lea", "elena",
        "pierre", "camille", "sara", "tim", "hannah", "luca", "giulia", "mateo", "ines", "freya", "oliver", "amelia", "jack", "isla", "finn", "maja"];
    private static readonly string[] Last = ["schmidt", "muller", "dubois", "martin", "rossi", "jansen", "bakker", "novak", "smith", "jones", "garcia", "lopez",
        "weber", "fischer", "moreau", "laurent", "bianchi", "visser", "dekker", "kowalski", "nielsen", "hansen", "berg", "larsen", "murphy", "kelly",
        "walsh", "brown", "taylor", "wilson", "costa", "silva", "peeters", "maes", "horvat", "keller", "wagner", "becker", "hoffmann", "richter"];
    private static readonly string[] Providers = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "icloud.com", "web.de", "gmx.de",
        "yahoo.com", "orange.fr", "free.fr", "libero.it", "ziggo.nl", "telenet.be", "proton.me"];

    public static List<string> Make(Random rng, int count)
    {
        var emails = new HashSet<string>();
        while (emails.Count < count)
        {
            var (f, l, p) = (First[rng.Next(First.Length)], Last[rng.Next(Last.Length)], Providers[rng.Next(Providers.Length)]);
            var local = rng.Next(5) switch { 0 => $"{f}.{l}", 1 => $"{f}{l}{rng.Next(60, 100)}", 2 => $"{f[0]}.{l}", 3 => $"{f}_{l}{rng.Next(1, 30)}", _ => $"{f}.{l}{rng.Next(1, 999)}" };
            emails.Add($"{local}@{p}");
        }
        return [.. emails];
    }
}
